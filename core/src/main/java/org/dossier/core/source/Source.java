package org.dossier.core.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as imported. Its {@link #body} is stored exactly as read, so evidence offsets keep
 * pointing at the same characters; it is stored once, identified by its {@link ContentHash}.
 *
 * <p>{@link #publishedAt} is when the outlet published it (what relative dates in it are read
 * against); {@link #importedAt} is when Dossier took it in.
 */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", allocationSize = 50)
    public Long id;

    public String outlet;

    public String url;

    public String title;

    public String byline;

    public Instant publishedAt;

    public String language = "en";

    public String body;

    public String contentHash;

    public Instant importedAt = Instant.now();

    protected Source() {
    }

    public static Source of(String title, String body, Instant publishedAt) {
        Source source = new Source();
        source.title = Objects.requireNonNull(title, "title").strip();
        source.body = Objects.requireNonNull(body, "body");
        source.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        source.contentHash = ContentHash.of(body);
        return source;
    }

    public static Optional<Source> findByContent(String body) {
        return find("contentHash", ContentHash.of(body)).firstResultOptional();
    }

    /** The characters [start, end) of the body. */
    public String excerpt(int start, int end) {
        return body.substring(start, end);
    }
}
