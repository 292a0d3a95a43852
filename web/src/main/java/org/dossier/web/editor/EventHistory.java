package org.dossier.web.editor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.core.event.Event;
import org.dossier.core.history.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** An event's recorded changes, oldest first, each as what changed from the version before. */
@ApplicationScoped
public class EventHistory {

    /** One field as it was and as it became. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One revision of the event: who, when, what. */
    public record Change(long revision, Instant at, String editor, String type, List<FieldChange> fields) {
    }

    public List<Change> of(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(Panache.getEntityManager()).createQuery()
                .forRevisionsOfEntity(Event.class, false, true)
                .add(AuditEntity.id().eq(eventId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>();
        Event before = null;
        for (Object[] row : rows) {
            Event after = (Event) row[0];
            Revision revision = (Revision) row[1];
            changes.add(new Change(revision.id, revision.at(), revision.editor, label((RevisionType) row[2]), diff(before, after)));
            before = after;
        }
        return changes;
    }

    /** The event as it stood at a revision. */
    public Event at(long eventId, long revision) {
        return AuditReaderFactory.get(Panache.getEntityManager()).find(Event.class, eventId, revision);
    }

    private static List<FieldChange> diff(Event before, Event after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "summary", before == null ? null : before.summary, after.summary);
        compare(changes, "kind", before == null ? null : before.kind.label(), after.kind.label());
        compare(changes, "when it happened", before == null ? null : describe(before), describe(after));
        compare(changes, "status", before == null ? null : before.status.code(), after.status.code());
        return changes;
    }

    private static String describe(Event event) {
        return event.happened.display() + " (" + event.happened.precision().code() + ")";
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String label(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
