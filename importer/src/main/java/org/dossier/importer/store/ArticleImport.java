package org.dossier.importer.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.ZoneOffset;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.ArticleFiles;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.read.Reading;
import org.dossier.importer.read.UnreadableArticleException;

/**
 * Imports the articles behind some paths and extracts what they report. A bad article is reported
 * and skipped; the good ones in the same run are stored all the same, each in its own transaction
 * with the facts extracted from it.
 */
@ApplicationScoped
public class ArticleImport {

    private final ArticleStore store;
    private final ArticleFiles files = ArticleFiles.standard();
    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    ArticleImport(ArticleStore store) {
        this.store = store;
    }

    /** What to import with: defaults for missing metadata, the story to file under, the limits. */
    public record Options(Optional<Instant> published, Optional<String> storySlug, ReadLimits limits) {
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), ReadLimits.defaults());
        }
    }

    public ImportSummary run(List<Path> paths, Options options, ImportListener listener) {
        long started = System.nanoTime();
        List<ArticleFiles.Entry> entries = files.expand(paths);
        listener.started(entries.size());
        Tally tally = new Tally();
        for (ArticleFiles.Entry entry : entries) {
            for (Reading reading : entry.read(options.limits())) {
                importOne(reading, options, listener, tally);
            }
            listener.fileDone();
        }
        return new ImportSummary(tally.imported, tally.present, tally.failures, Duration.ofNanos(System.nanoTime() - started));
    }

    private void importOne(Reading reading, Options options, ImportListener listener, Tally tally) {
        try {
            if (reading instanceof Reading.Failure failure) {
                throw failure.reason();
            }
            Article article = withDefaults(((Reading.Success) reading).article(), options);
            ArticleStore.Stored stored = importArticle(article, options);
            if (stored.created()) {
                tally.imported++;
                listener.imported(article, stored.sourceId());
            } else {
                tally.present++;
                listener.alreadyPresent(article, stored.sourceId());
            }
        } catch (UnreadableArticleException e) {
            fail(e, listener, tally);
        } catch (RuntimeException storageFailed) {
            // The article's own transaction was rolled back; the others are unaffected.
            fail(new UnreadableArticleException(reading.origin(), "could not be stored (" + rootMessage(storageFailed) + ")",
                    storageFailed), listener, tally);
        }
    }

    /**
     * One article given whole (pasted into the browser, say), imported as a file's would be: the
     * extraction first, for an article not stored yet, then one transaction.
     */
    public ArticleStore.Stored importArticle(Article article, Options options) throws UnreadableArticleException {
        Article complete = withDefaults(article, options);
        // Extraction runs before the transaction opens, and only for articles not stored yet.
        Optional<Extraction> extraction = complete.published() == null || store.isStored(complete.text()) ? Optional.empty()
                : Optional.of(pipeline.extract(complete.text(), complete.published().atZone(ZoneOffset.UTC).toLocalDate()));
        return store.store(complete, options.storySlug(), extraction);
    }

    private static void fail(UnreadableArticleException reason, ImportListener listener, Tally tally) {
        tally.failures.add(reason.oneLine());
        listener.failed(reason);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    private static Article withDefaults(Article article, Options options) {
        return options.published().map(p -> article.orElse(Article.of(article.origin(), article.text()).withPublished(p)))
                .orElse(article);
    }

    private static final class Tally {
        int imported;
        int present;
        final List<String> failures = new ArrayList<>();
    }
}
