package org.dossier.importer.bench;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.dossier.core.source.Source;

/** What the import benchmark reads of the database it fills. */
@ApplicationScoped
public class BenchDatabase {

    @Transactional
    public long sources() {
        return Source.count();
    }

    @Transactional
    public long sizeInBytes() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select pg_database_size(current_database())").getSingleResult())
                .longValue();
    }
}
