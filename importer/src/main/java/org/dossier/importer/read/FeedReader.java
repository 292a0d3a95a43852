package org.dossier.importer.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feed files (Rome): each entry is an article, its text the entry's content (or
 * summary) with markup removed, its date the entry's published (or updated) date, its outlet the
 * feed's title. An entry without text is reported and the others are read.
 */
public class FeedReader implements ArticleReader {

    @Override
    public boolean reads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") && !name.endsWith(".tml.xml");
    }

    @Override
    public List<Reading> read(Path file, ReadLimits limits) {
        try {
            byte[] bytes = limits.readBytes(file);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
            List<Reading> readings = new ArrayList<>();
            int number = 0;
            for (SyndEntry entry : feed.getEntries()) {
                number++;
                readings.add(entry(file, number, feed, entry));
            }
            if (readings.isEmpty()) {
                readings.add(Reading.failed(new UnreadableArticleException(file.toString(), "a feed without entries")));
            }
            return readings;
        } catch (UnreadableArticleException e) {
            return List.of(Reading.failed(e));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(Reading.failed(new UnreadableArticleException(file.toString(), "not an RSS or Atom feed (" + e.getMessage() + ")", e)));
        }
    }

    private static Reading entry(Path file, int number, SyndFeed feed, SyndEntry entry) {
        String origin = file + "#" + (entry.getUri() != null ? entry.getUri() : String.valueOf(number));
        String text = text(entry);
        if (text.isBlank()) {
            return Reading.failed(new UnreadableArticleException(origin, "a feed entry without text"));
        }
        java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Article article = Article.of(origin, text)
                .withTitle(entry.getTitle() == null ? null : entry.getTitle().strip())
                .withUrl(entry.getLink())
                .withOutlet(feed.getTitle())
                .withByline(entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor())
                .withPublished(date == null ? null : date.toInstant());
        return Reading.of(article);
    }

    /** The entry's longest content, markup turned into plain paragraphs. */
    private static String text(SyndEntry entry) {
        String best = "";
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && content.getValue().length() > best.length()) {
                best = content.getValue();
            }
        }
        if (best.isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            best = entry.getDescription().getValue();
        }
        return Jsoup.parse(best).wholeText().strip();
    }
}
