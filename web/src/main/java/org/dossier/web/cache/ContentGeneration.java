package org.dossier.web.cache;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.dossier.web.reading.ReadingConfig;

/**
 * How far the readable content has moved: a database counter every change to it advances
 * (see the V2 migration), so a change made by another process counts too. Under load the counter
 * is read at most once per {@link ReadingConfig#generationCheck()}, which is how
 * long a change may take to reach readers.
 */
@ApplicationScoped
public class ContentGeneration {

    private final long checkNanos;
    private volatile long known = -1;
    private volatile long checkedAt;

    ContentGeneration(ReadingConfig config) {
        this.checkNanos = config.generationCheck().toNanos();
    }

    public long current() {
        long now = System.nanoTime();
        if (known >= 0 && now - checkedAt < checkNanos) {
            return known;
        }
        Object value = Panache.getEntityManager()
                .createNativeQuery("select case when is_called then last_value else 0 end from content_generation")
                .getSingleResult();
        known = ((Number) value).longValue();
        checkedAt = now;
        return known;
    }
}
