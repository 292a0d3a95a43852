package org.dossier.web.cache;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the readable content has moved: a database counter every change to it advances
 * (see the V2 migration), so a change made by another process counts too.
 */
@ApplicationScoped
public class ContentGeneration {

    public long current() {
        Object value = Panache.getEntityManager()
                .createNativeQuery("select case when is_called then last_value else 0 end from content_generation")
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
