package org.dossier.web.editor.history;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.core.history.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** A fact's recorded changes, oldest first, each as what changed from the revision before. */
@ApplicationScoped
public class FactHistory {

    /** One field as it was and as it became. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One revision of the fact: who, when, what. */
    public record Change(long revision, Instant at, String editor, String type, List<FieldChange> fields) {
    }

    <T> List<Change> of(RecordedFact<T> kind, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(Panache.getEntityManager()).createQuery()
                .forRevisionsOfEntity(kind.type(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : rows) {
            RevisionType type = (RevisionType) row[2];
            Revision revision = (Revision) row[1];
            Map<String, String> after = type == RevisionType.DEL ? Map.of() : kind.fieldsAt(kind.type().cast(row[0]), revision.id);
            changes.add(new Change(revision.id, revision.at(), revision.editor, label(type), diff(before, after)));
            before = after;
        }
        return changes;
    }

    /** The fact as it stood at a revision, or null when it did not exist then. */
    <T> T at(RecordedFact<T> kind, long id, long revision) {
        return AuditReaderFactory.get(Panache.getEntityManager()).find(kind.type(), id, revision);
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String was = before.get(field);
            if (!Objects.equals(was, value)) {
                changes.add(new FieldChange(field, was, value));
            }
        });
        return changes;
    }

    private static String label(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
