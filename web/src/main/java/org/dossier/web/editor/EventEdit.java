package org.dossier.web.editor;

import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;

/** An editor's version of an event's summary, kind and date (a TIMEX3 value: its precision follows). */
public record EventEdit(String summary, String kind, String when, int version) {

    public static EventEdit of(Event event) {
        return new EventEdit(event.summary, event.kind.code(), event.happened.timexValue(), event.version);
    }

    /** The same edit made again on top of the version now stored. */
    public EventEdit onto(int currentVersion) {
        return new EventEdit(summary, kind, when, currentVersion);
    }

    public boolean is(EventKind candidate) {
        return candidate.code().equals(kind);
    }
}
