package org.dossier.web.editor;

import org.dossier.core.database.CodedEnum;

/** The kinds of fact an editor reviews. */
public enum FactType implements CodedEnum {
    EVENT, STATEMENT, POSITION, ROLE
}
