package org.dossier.web.editor;

import java.util.Optional;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.meeting.Meeting;

/**
 * An editor's version of an event's summary, kind, date (a TIMEX3 value: its precision follows),
 * participants (as {@link ParticipantLines} writes them; null when the form did not send them, which
 * leaves them as they are) and, for a meeting, what came of it (blank: nothing stated).
 */
public record EventEdit(String summary, String kind, String when, String participants, String outcome, boolean meeting, int version) {

    public static EventEdit of(Event event) {
        Optional<Meeting> meeting = Meeting.findFor(event);
        return new EventEdit(event.summary, event.kind.code(), event.happened.timexValue(), ParticipantLines.write(event.participants),
                meeting.map(m -> m.outcome).orElse(null), meeting.isPresent(), event.version);
    }

    /** The same edit made again on top of the version now stored. */
    public EventEdit onto(int currentVersion) {
        return new EventEdit(summary, kind, when, participants, outcome, meeting, currentVersion);
    }

    public boolean is(EventKind candidate) {
        return candidate.code().equals(kind);
    }
}
