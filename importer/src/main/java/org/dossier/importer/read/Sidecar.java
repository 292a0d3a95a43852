package org.dossier.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The optional metadata file beside a plain-text article: {@code talks.txt} has {@code talks.json}
 * with {@code title}, {@code outlet}, {@code url}, {@code published}, {@code byline}, {@code language}.
 */
final class Sidecar {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    static Path of(Path textFile) {
        String name = textFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return textFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
            return false;
        }
        String stem = name.substring(0, name.length() - ".json".length());
        return Files.exists(file.resolveSibling(stem + ".txt")) || Files.exists(file.resolveSibling(stem + ".text"));
    }

    /** The article with the sidecar's metadata, if there is a sidecar. */
    static Article apply(Article article, Path textFile, ReadLimits limits) throws UnreadableArticleException {
        Path sidecar = of(textFile);
        if (!Files.exists(sidecar)) {
            return article;
        }
        JsonNode metadata = parse(sidecar, limits);
        String published = text(metadata, "published");
        Article described = article
                .withTitle(text(metadata, "title"))
                .withOutlet(text(metadata, "outlet"))
                .withUrl(text(metadata, "url"))
                .withByline(text(metadata, "byline"))
                .withLanguage(text(metadata, "language"));
        if (published == null) {
            return described;
        }
        return described.withPublished(PublicationDate.parse(published).orElseThrow(() -> new UnreadableArticleException(
                sidecar.toString(), "'published' is not a date: \"" + published + "\" (use 2016-10-15 or 2016-10-15T14:30:00Z)")));
    }

    private static JsonNode parse(Path sidecar, ReadLimits limits) throws UnreadableArticleException {
        String json = limits.readText(sidecar);
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new UnreadableArticleException(sidecar.toString(), "metadata must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UnreadableArticleException(sidecar.toString(), "malformed JSON metadata (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
