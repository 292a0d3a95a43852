package org.dossier.core.actor;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.dossier.core.source.Source;

/**
 * The one-word names that some article described as an organisation's ("shipping company
 * Norvanta"), each with the first source that did: what lets an article imported later recognise
 * the name standing bare. An editor may withdraw a name; a withdrawn name is not recognised, and
 * describing it again does not bring it back. Written and read within the caller's transaction.
 */
public final class EstablishedOrganisations {

    /** A name, the source that first established it, and who withdrew it when (null while in force). */
    public record Established(String name, long sourceId, String sourceTitle, Instant establishedAt, Instant withdrawnAt,
            String withdrawnBy) {

        public boolean isWithdrawn() {
            return withdrawnAt != null;
        }
    }

    private EstablishedOrganisations() {
    }

    /** Every name ever established, withdrawn ones too, the newest first. */
    public static List<Established> all() {
        List<Object[]> rows = entityManager().createNativeQuery("""
                SELECT e.name, e.source_id, s.title, e.created_at, e.withdrawn_at, e.withdrawn_by
                FROM established_organisation e JOIN source s ON s.id = e.source_id
                ORDER BY e.created_at DESC, e.name""", Object[].class).getResultList();
        return rows.stream().map(row -> new Established((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                (Instant) row[3], (Instant) row[4], (String) row[5])).toList();
    }

    /**
     * Records the names the source established; a name already there keeps its first source and any
     * withdrawal. The source must be flushed.
     */
    public static void record(Source source, Collection<String> names) {
        for (String name : names) {
            entityManager()
                    .createNativeQuery("INSERT INTO established_organisation (name, source_id) VALUES (?1, ?2) "
                            + "ON CONFLICT (name) DO NOTHING")
                    .setParameter(1, name)
                    .setParameter(2, source.id)
                    .executeUpdate();
        }
    }

    /** Withdraws the name on an editor's word; false when no such name was established. */
    public static boolean withdraw(String name, String editor) {
        return entityManager()
                .createNativeQuery("UPDATE established_organisation SET withdrawn_at = now(), withdrawn_by = ?2 WHERE name = ?1")
                .setParameter(1, name)
                .setParameter(2, editor)
                .executeUpdate() == 1;
    }

    /** Puts a withdrawn name back in force; false when no such name was established. */
    public static boolean restore(String name) {
        return entityManager()
                .createNativeQuery("UPDATE established_organisation SET withdrawn_at = NULL, withdrawn_by = NULL WHERE name = ?1")
                .setParameter(1, name)
                .executeUpdate() == 1;
    }

    private static EntityManager entityManager() {
        return Actor.getEntityManager();
    }
}
