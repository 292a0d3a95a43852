package org.dossier.core.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Optional;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Talks, a summit, a conference. A meeting is an {@link Event} of kind {@code MEETING}: its date, place,
 * participants and review status are the event's, so it sits on the timeline once. Its history is kept
 * with the event's, since editors correct its outcome on the event's form.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", allocationSize = 50)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Event event;

    public MeetingFormat format = MeetingFormat.TALKS;

    /** What came of it, when the news says so. */
    public String outcome;

    protected Meeting() {
    }

    public static Meeting of(Event event, MeetingFormat format) {
        if (event.kind != EventKind.MEETING) {
            throw new IllegalArgumentException("A meeting is an event of kind meeting, not " + event.kind.code());
        }
        Meeting meeting = new Meeting();
        meeting.event = event;
        meeting.format = format;
        return meeting;
    }

    /** The meeting that {@code event} is, if it is one. */
    public static Optional<Meeting> findFor(Event event) {
        return Meeting.<Meeting>find("event", event).firstResultOptional();
    }
}
