package org.dossier.web.cache;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reader pages rendered once per content generation. A browser that holds the current version gets
 * 304 without a query beyond the generation; anyone else gets the cached rendering while the
 * generation stands and the entry is younger than {@link #MAX_AGE}, which bounds how long the one
 * race the generation allows (rendered just before a change commits) can show an older page.
 */
@ApplicationScoped
public class RenderedPages {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    static final int CAPACITY = 2_000;
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private record Rendered(long generation, Instant at, String body) {
    }

    private final ContentGeneration generation;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rendered> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CAPACITY;
        }
    };

    RenderedPages(ContentGeneration generation) {
        this.generation = generation;
    }

    /** The page under this key (the same key must always mean the same content), as HTML. */
    public Response html(Request request, String key, Supplier<TemplateInstance> page) {
        return respond(request, key, HTML, () -> page.get().render());
    }

    /** Any text answer cached like a page, e.g. a JSON timeline window. */
    public Response respond(Request request, String key, MediaType type, Supplier<String> render) {
        long now = generation.current();
        EntityTag tag = new EntityTag(Long.toString(now, 36) + "-" + Integer.toHexString(key.hashCode()));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(revalidate).build();
        }
        String body = cached(key, now).orElseGet(() -> store(key, now, render.get()));
        return Response.ok(body, type).tag(tag).cacheControl(revalidate).build();
    }

    private java.util.Optional<String> cached(String key, long now) {
        Rendered hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        boolean fresh = hit != null && hit.generation == now && hit.at.plus(MAX_AGE).isAfter(clock.instant());
        return fresh ? java.util.Optional.of(hit.body) : java.util.Optional.empty();
    }

    private String store(String key, long now, String body) {
        synchronized (cache) {
            cache.put(key, new Rendered(now, clock.instant(), body));
        }
        return body;
    }
}
