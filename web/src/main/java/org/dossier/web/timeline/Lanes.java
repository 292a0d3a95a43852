package org.dossier.web.timeline;

import org.dossier.core.database.CodedEnum;

/** How the timeline divides its items into horizontal lanes. */
public enum Lanes implements CodedEnum {
    /** One lane for everything. */
    NONE,
    /** A lane per kind of event: meetings, statements, military action… */
    KIND,
    /** A lane per actor taking part, for the actors most present in the window; an event with several appears in each. */
    ACTOR
}
