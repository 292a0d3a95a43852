package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path folder;

    private final FeedReader reader = new FeedReader();

    @Test
    void rssItemsAreArticlesWithTheirDatesAndTheFeedAsOutlet() throws Exception {
        Path feed = Files.writeString(folder.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test Wire</title><link>https://example.org</link><description>d</description>
                <item><title>Envoys meet</title><link>https://example.org/1</link><guid>https://example.org/1</guid>
                  <pubDate>Mon, 10 Oct 2016 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;The envoys met on Monday.&lt;/p&gt;</description></item>
                <item><title>Empty</title><guid>https://example.org/2</guid><description></description></item>
                </channel></rss>""");

        List<Reading> readings = reader.read(feed, ReadLimits.defaults());

        assertThat(readings).hasSize(2);
        Article article = ((Reading.Success) readings.get(0)).article();
        assertThat(article.text()).isEqualTo("The envoys met on Monday.");
        assertThat(article.title()).isEqualTo("Envoys meet");
        assertThat(article.outlet()).isEqualTo("Test Wire");
        assertThat(article.published()).isEqualTo(Instant.parse("2016-10-10T08:00:00Z"));
        assertThat(((Reading.Failure) readings.get(1)).reason().getMessage()).isEqualTo("a feed entry without text");
    }

    @Test
    void atomEntriesAreReadToo() throws Exception {
        Path feed = Files.writeString(folder.resolve("wire.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2016-10-16T09:00:00Z</updated>
                <entry><title>Ministers meet</title><id>urn:x:1</id><updated>2016-10-16T09:00:00Z</updated><published>2016-10-16T08:00:00Z</published>
                  <content type="html">&lt;p&gt;Ministers met in London.&lt;/p&gt;</content></entry></feed>""");

        Article article = ((Reading.Success) reader.read(feed, ReadLimits.defaults()).get(0)).article();

        assertThat(article.text()).isEqualTo("Ministers met in London.");
        assertThat(article.published()).isEqualTo(Instant.parse("2016-10-16T08:00:00Z"));
    }

    @Test
    void aFileThatIsNoFeedIsRefused() throws Exception {
        Path notAFeed = Files.writeString(folder.resolve("notes.xml"), "<notes><note>hello</note></notes>");

        assertThat(((Reading.Failure) reader.read(notAFeed, ReadLimits.defaults()).get(0)).reason().getMessage())
                .startsWith("not an RSS or Atom feed");
    }
}
