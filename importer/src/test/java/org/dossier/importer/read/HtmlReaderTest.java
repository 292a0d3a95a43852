package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @Test
    void linkedDataGivesTheMetadata() throws Exception {
        String html = """
                <html lang="en-GB"><head><title>Site | Talks</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Envoys meet in Geneva","datePublished":"2016-10-10T08:00:00Z",
                  "author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"Test Wire"},
                  "url":"https://example.org/envoys"}</script></head>
                <body><nav><p>Menu</p></nav><article><h1>Envoys meet</h1><p>The envoys met on Monday.</p>
                <p>They agreed on little.</p></article></body></html>""";

        Article article = reader.parse("envoys.html", html);

        assertThat(article.title()).isEqualTo("Envoys meet in Geneva");
        assertThat(article.published()).isEqualTo(Instant.parse("2016-10-10T08:00:00Z"));
        assertThat(article.byline()).isEqualTo("A. Writer");
        assertThat(article.outlet()).isEqualTo("Test Wire");
        assertThat(article.url()).isEqualTo("https://example.org/envoys");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void theTextIsTheArticlesParagraphsSeparatedByBlankLines() throws Exception {
        Article article = reader.parse("a.html", """
                <html><body><nav><p>Menu</p></nav><article><p>The envoys met on Monday.</p>
                <blockquote><p>"We will keep talking," she said.</p></blockquote></article></body></html>""");

        assertThat(article.text()).isEqualTo("The envoys met on Monday.\n\n\"We will keep talking,\" she said.");
    }

    @Test
    void metaTagsGiveTheMetadataWithoutLinkedData() throws Exception {
        Article article = reader.parse("a.html", """
                <html><head><meta property="og:title" content="Ministers meet">
                <meta property="article:published_time" content="2016-10-16">
                <meta name="author" content="B. Reporter"><meta property="og:site_name" content="Daily Test">
                <link rel="canonical" href="https://example.org/m"></head>
                <body><p>Ministers met in London.</p></body></html>""");

        assertThat(article.title()).isEqualTo("Ministers meet");
        assertThat(article.published()).isEqualTo(Instant.parse("2016-10-16T00:00:00Z"));
        assertThat(article.byline()).isEqualTo("B. Reporter");
        assertThat(article.outlet()).isEqualTo("Daily Test");
        assertThat(article.url()).isEqualTo("https://example.org/m");
    }

    @Test
    void brokenLinkedDataFallsBackToMetaTags() throws Exception {
        Article article = reader.parse("a.html", """
                <html><head><script type="application/ld+json">{ not json</script>
                <title>Plain title</title></head><body><p>Text.</p></body></html>""");

        assertThat(article.title()).isEqualTo("Plain title");
        assertThat(article.published()).isNull();
    }

    @Test
    void aFileWithoutMarkupIsMalformedHtml() {
        assertThatThrownBy(() -> reader.parse("a.html", "just words, no tags"))
                .hasMessageStartingWith("malformed HTML");
    }

    @Test
    void aPageWithoutArticleTextIsMalformedHtml() {
        assertThatThrownBy(() -> reader.parse("a.html", "<html><head><title>x</title></head><body><div></div></body></html>"))
                .hasMessageContaining("no article text");
    }
}
