package org.dossier.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML articles. The text is the article's paragraphs (the {@code <article>} element's when there is
 * one), joined by blank lines; metadata comes from JSON-LD {@code NewsArticle} first, then from
 * {@code <meta>} tags, then from the page itself.
 */
public class HtmlReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle");
    private static final String BLOCKS = "p, h2, h3, blockquote, li";

    @Override
    public boolean reads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public List<Reading> read(Path file, ReadLimits limits) {
        try {
            return List.of(Reading.of(parse(file.toString(), limits.readText(file))));
        } catch (UnreadableArticleException e) {
            return List.of(Reading.failed(e));
        }
    }

    /** The article in an HTML page; refused when the page has no markup or no article text. */
    public Article parse(String origin, String html) throws UnreadableArticleException {
        if (html.indexOf('<') < 0) {
            throw new UnreadableArticleException(origin, "malformed HTML (no markup at all); save plain text as .txt");
        }
        Document page = Jsoup.parse(html);
        String text = bodyText(page);
        if (text.isBlank()) {
            throw new UnreadableArticleException(origin, "malformed HTML (no article text in <p> or <article>)");
        }
        Optional<JsonNode> linkedData = newsArticle(page);
        return Article.of(origin, text)
                .withTitle(first(linkedData.map(n -> n.path("headline").asText(null)), meta(page, "og:title"),
                        Optional.of(page.title()).filter(t -> !t.isBlank()), element(page, "h1")).orElse(null))
                .withByline(first(linkedData.flatMap(HtmlReader::author), meta(page, "author"), element(page, "[rel=author], .byline")).orElse(null))
                .withPublished(first(linkedData.map(n -> n.path("datePublished").asText(null)),
                        meta(page, "article:published_time"), meta(page, "datePublished"), meta(page, "pubdate"),
                        meta(page, "publish-date"), meta(page, "date"), meta(page, "dc.date"), meta(page, "DC.date.issued"),
                        Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                        .flatMap(PublicationDate::parse).orElse(null))
                .withOutlet(first(linkedData.map(n -> n.path("publisher").path("name").asText(null)), meta(page, "og:site_name")).orElse(null))
                .withUrl(first(linkedData.map(n -> n.path("url").asText(null)),
                        Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(l -> l.attr("href")), meta(page, "og:url")).orElse(null))
                .withLanguage(Optional.of(page.select("html").attr("lang")).filter(l -> !l.isBlank())
                        .map(l -> l.split("-")[0].toLowerCase(Locale.ROOT)).orElse(null));
    }

    private static String bodyText(Document page) {
        Element scope = Optional.ofNullable(page.selectFirst("article")).orElse(page.body());
        if (scope == null) {
            return "";
        }
        Elements blocks = scope.select(BLOCKS);
        // Nested blocks (a <p> inside a <blockquote>) would repeat their text: keep the innermost.
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() == 1 && !block.text().isBlank()) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs.isEmpty() ? scope.text() : String.join("\n\n", paragraphs);
    }

    private static Optional<JsonNode> newsArticle(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .flatMap(script -> parseJson(script.data()))
                .flatMap(HtmlReader::withGraph)
                .filter(HtmlReader::isArticle)
                .findFirst();
    }

    private static Stream<JsonNode> parseJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node == null ? Stream.empty() : node.isArray() ? stream(node) : Stream.of(node);
        } catch (JsonProcessingException unreadable) {
            // Broken linked data is common on real pages; the meta tags are still there.
            return Stream.empty();
        }
    }

    private static Stream<JsonNode> withGraph(JsonNode node) {
        JsonNode graph = node.path("@graph");
        return graph.isArray() ? Stream.concat(Stream.of(node), stream(graph)) : Stream.of(node);
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        return type.isArray() ? stream(type).anyMatch(t -> ARTICLE_TYPES.contains(t.asText()))
                : ARTICLE_TYPES.contains(type.asText());
    }

    private static Optional<String> author(JsonNode article) {
        JsonNode author = article.path("author");
        JsonNode first = author.isArray() ? author.path(0) : author;
        String name = first.isTextual() ? first.asText() : first.path("name").asText(null);
        return Optional.ofNullable(name).filter(n -> !n.isBlank());
    }

    private static Optional<String> meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return Optional.ofNullable(meta).map(m -> m.attr("content")).filter(c -> !c.isBlank());
    }

    private static Optional<String> element(Document page, String selector) {
        return Optional.ofNullable(page.selectFirst(selector)).map(Element::text).filter(t -> !t.isBlank());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate.map(String::strip);
            }
        }
        return Optional.empty();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
