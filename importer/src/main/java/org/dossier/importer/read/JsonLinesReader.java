package org.dossier.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON Lines: one article a line, {@code {"id", "title", "text", "time" or "published", "url", "outlet"}}.
 * A bad line is reported with its number and the other lines are read all the same.
 */
public class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean reads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public List<Reading> read(Path file, ReadLimits limits) {
        String content;
        try {
            content = limits.readText(file);
        } catch (UnreadableArticleException e) {
            return List.of(Reading.failed(e));
        }
        List<Reading> readings = new ArrayList<>();
        int number = 0;
        for (String line : content.split("\n", -1)) {
            number++;
            if (!line.isBlank()) {
                readings.add(readLine(file, number, line));
            }
        }
        return readings;
    }

    private static Reading readLine(Path file, int number, String line) {
        String where = file + ":" + number;
        try {
            JsonNode node = JSON.readTree(line);
            String text = text(node, "text");
            if (node == null || !node.isObject() || text == null) {
                return Reading.failed(new UnreadableArticleException(where, "a JSON Lines article needs an object with \"text\""));
            }
            String id = text(node, "id");
            Article article = Article.of(id == null ? where : file + "#" + id, text)
                    .withTitle(text(node, "title"))
                    .withUrl(text(node, "url"))
                    .withOutlet(text(node, "outlet"));
            String published = text(node, "published") != null ? text(node, "published") : text(node, "time");
            if (published != null) {
                article = article.withPublished(PublicationDate.parse(published).orElse(null));
                if (article.published() == null) {
                    return Reading.failed(new UnreadableArticleException(where, "not a date: \"" + published + "\""));
                }
            }
            return Reading.of(article);
        } catch (JsonProcessingException e) {
            return Reading.failed(new UnreadableArticleException(where, "malformed JSON (" + e.getOriginalMessage() + ")", e));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
