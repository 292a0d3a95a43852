package org.dossier.core.actor;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.dossier.core.source.Source;

/**
 * The one-word names that some article described as an organisation's ("shipping company
 * Norvanta"), each with the first source that did: what lets an article imported later recognise
 * the name standing bare. Written and read within the caller's transaction.
 */
public final class EstablishedOrganisations {

    private EstablishedOrganisations() {
    }

    /** Every name established so far. */
    public static List<String> names() {
        return entityManager().createNativeQuery("SELECT name FROM established_organisation", String.class).getResultList();
    }

    /** Records the names the source established; a name already established keeps its first source. The source must be flushed. */
    public static void record(Source source, Collection<String> names) {
        for (String name : names) {
            entityManager()
                    .createNativeQuery("INSERT INTO established_organisation (name, source_id) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING")
                    .setParameter(1, name)
                    .setParameter(2, source.id)
                    .executeUpdate();
        }
    }

    private static EntityManager entityManager() {
        return Actor.getEntityManager();
    }
}
