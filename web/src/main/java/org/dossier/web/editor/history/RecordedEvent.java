package org.dossier.web.editor.history;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.meeting.Meeting;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

final class RecordedEvent extends RecordedFact<Event> {

    RecordedEvent() {
        super(Event.class, "/editor/events/", "/events/");
    }

    @Override
    String name(Event event) {
        return event.summary;
    }

    @Override
    int version(Event event) {
        return event.version;
    }

    @Override
    LinkedHashMap<String, String> fields(Event event) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", event.summary);
        fields.put("kind", event.kind.label());
        fields.put("when it happened", Shown.date(event.happened));
        fields.put("place", event.place == null ? null : event.place.name);
        fields.put("who took part", event.participants.stream()
                .map(p -> p.actor.canonicalName + " (" + p.role.code() + ")").sorted().collect(Collectors.joining(", ")));
        fields.put("status", event.status.code());
        return fields;
    }

    /** A meeting's outcome is the meeting's, kept beside the event's history: shown as it stood at the same revision. */
    @Override
    LinkedHashMap<String, String> fieldsAt(Event event, long revision) {
        LinkedHashMap<String, String> fields = fields(event);
        if (event.kind == EventKind.MEETING) {
            meetingAt(event.id, revision).ifPresent(meeting -> fields.put("what came of it", meeting.outcome));
        }
        return fields;
    }

    @Override
    void restoreAt(Event current, Event then, long revision) {
        restore(current, then);
        meetingAt(current.id, revision).ifPresent(was -> Meeting.findFor(current).ifPresent(meeting -> meeting.outcome = was.outcome));
    }

    private static Optional<Meeting> meetingAt(long eventId, long revision) {
        @SuppressWarnings("unchecked")
        List<Meeting> found = AuditReaderFactory.get(Panache.getEntityManager()).createQuery()
                .forEntitiesAtRevision(Meeting.class, revision)
                .add(AuditEntity.relatedId("event").eq(eventId))
                .getResultList();
        return found.stream().findFirst();
    }

    @Override
    void restore(Event current, Event then) {
        current.summary = then.summary;
        current.kind = then.kind;
        current.happened = then.happened;
        current.place = then.place;
        current.participants.clear();
        current.participants.addAll(new LinkedHashSet<>(then.participants));
        current.status = then.status;
        current.editedAt = Instant.now();
    }
}
