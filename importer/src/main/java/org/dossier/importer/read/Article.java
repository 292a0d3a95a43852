package org.dossier.importer.read;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as a reader found it: its text exactly as it will be stored (offsets index it) and its
 * metadata. {@code origin} names where it came from (a path, a JSON Lines id) for messages.
 *
 * <p>Only origin and text are required; the rest is what the format told us.
 */
public record Article(String origin, String text, String title, Instant published, String outlet, String url,
        String byline, String language) {

    private static final int LONGEST_TITLE_LINE = 200;

    public Article {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String origin, String text) {
        return new Article(origin, text, null, null, null, null, null, null);
    }

    /** A short first line is how plain text and wire copy carry a headline. */
    public Optional<String> firstLineAsTitle() {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return firstLine.isEmpty() || firstLine.length() > LONGEST_TITLE_LINE ? Optional.empty() : Optional.of(firstLine);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(published);
    }

    public Article withTitle(String value) {
        return new Article(origin, text, value, published, outlet, url, byline, language);
    }

    public Article withPublished(Instant value) {
        return new Article(origin, text, title, value, outlet, url, byline, language);
    }

    public Article withOutlet(String value) {
        return new Article(origin, text, title, published, value, url, byline, language);
    }

    public Article withUrl(String value) {
        return new Article(origin, text, title, published, outlet, value, byline, language);
    }

    public Article withByline(String value) {
        return new Article(origin, text, title, published, outlet, url, value, language);
    }

    public Article withLanguage(String value) {
        return new Article(origin, text, title, published, outlet, url, byline, value);
    }

    /** Fills what this article lacks from {@code fallback}'s metadata; text and origin stay. */
    public Article orElse(Article fallback) {
        return new Article(origin, text, first(title, fallback.title), first(published, fallback.published),
                first(outlet, fallback.outlet), first(url, fallback.url), first(byline, fallback.byline),
                first(language, fallback.language));
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
