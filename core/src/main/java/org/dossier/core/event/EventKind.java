package org.dossier.core.event;

import org.dossier.core.database.CodedEnum;

public enum EventKind implements CodedEnum {
    MEETING, STATEMENT, MILITARY_ACTION, DIPLOMATIC_STEP, HUMANITARIAN, ACCUSATION, AGREEMENT, ELECTION, OTHER;

    /** "military action" */
    public String label() {
        return code().replace('_', ' ');
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedEnum.Column<EventKind> {
        public Column() {
            super(EventKind.class);
        }
    }
}
