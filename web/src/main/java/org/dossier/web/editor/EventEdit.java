package org.dossier.web.editor;

import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;

/**
 * An editor's version of an event's summary, kind, date (a TIMEX3 value: its precision follows) and
 * participants (as {@link ParticipantLines} writes them; null when the form did not send them, which
 * leaves them as they are).
 */
public record EventEdit(String summary, String kind, String when, String participants, int version) {

    public static EventEdit of(Event event) {
        return new EventEdit(event.summary, event.kind.code(), event.happened.timexValue(), ParticipantLines.write(event.participants),
                event.version);
    }

    /** The same edit made again on top of the version now stored. */
    public EventEdit onto(int currentVersion) {
        return new EventEdit(summary, kind, when, participants, currentVersion);
    }

    public boolean is(EventKind candidate) {
        return candidate.code().equals(kind);
    }
}
