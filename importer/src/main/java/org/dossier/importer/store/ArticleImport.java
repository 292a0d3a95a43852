package org.dossier.importer.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.ZoneOffset;
import org.dossier.importer.actors.KnownOrganisations;
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

    /** The name of the thread articles are read and extracted on, for benchmarks that time it. */
    public static final String EXTRACTION_THREAD = "extraction";

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
        // What stored articles established, and then the run's, in the order they are read: one extraction thread keeps it.
        KnownOrganisations known = store.knownOrganisations();
        ExecutorService extraction = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, EXTRACTION_THREAD));
        try {
            Deque<Step> ahead = new ArrayDeque<>();
            for (ArticleFiles.Entry entry : entries) {
                for (Reading reading : entry.read(options.limits())) {
                    ahead.add(new Step(reading, extraction.submit(() -> prepare(reading, options, known))));
                    if (ahead.size() > ARTICLES_AHEAD) {
                        storeNext(ahead, options, listener, tally);
                    }
                }
                ahead.add(Step.FILE_DONE);
            }
            while (!ahead.isEmpty()) {
                storeNext(ahead, options, listener, tally);
            }
        } finally {
            extraction.shutdownNow();
        }
        return new ImportSummary(tally.imported, tally.present, tally.failures, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Articles are read and extracted on a thread of their own, a few ahead of the one being stored:
     * extraction is CPU work, storing mostly waits on the database, and the two overlap (measured in
     * docs/benchmarks.md). The bound keeps memory flat however long the input.
     */
    private static final int ARTICLES_AHEAD = 8;

    /** An article on its way: its reading and, soon, what it takes to store it; or the end of a file. */
    private record Step(Reading reading, Future<Prepared> prepared) {
        static final Step FILE_DONE = new Step(null, null);
    }

    /** An article with its defaults applied and, when it is not stored yet, what the extraction found in it. */
    private record Prepared(Article article, Optional<Extraction> extraction) {
    }

    private void storeNext(Deque<Step> ahead, Options options, ImportListener listener, Tally tally) {
        Step step = ahead.poll();
        if (step == Step.FILE_DONE) {
            listener.fileDone();
            return;
        }
        try {
            Prepared prepared = waitFor(step);
            ArticleStore.Stored stored = store.store(prepared.article(), options.storySlug(), prepared.extraction());
            if (stored.created()) {
                tally.imported++;
                listener.imported(prepared.article(), stored.sourceId());
            } else {
                tally.present++;
                listener.alreadyPresent(prepared.article(), stored.sourceId());
            }
        } catch (UnreadableArticleException e) {
            fail(e, listener, tally);
        } catch (RuntimeException storageFailed) {
            // The article's own transaction was rolled back; the others are unaffected.
            fail(new UnreadableArticleException(step.reading().origin(), "could not be stored (" + rootMessage(storageFailed) + ")",
                    storageFailed), listener, tally);
        }
    }

    private static Prepared waitFor(Step step) throws UnreadableArticleException {
        try {
            return step.prepared().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableArticleException unreadable) {
                throw unreadable;
            }
            throw new UnreadableArticleException(step.reading().origin(), "could not be extracted (" + rootMessage(e.getCause()) + ")",
                    e.getCause());
        }
    }

    private Prepared prepare(Reading reading, Options options, KnownOrganisations known) throws UnreadableArticleException {
        if (reading instanceof Reading.Failure failure) {
            throw failure.reason();
        }
        return prepare(((Reading.Success) reading).article(), options, known);
    }

    /** Extraction runs before the transaction opens, and only for articles not stored yet. */
    private Prepared prepare(Article article, Options options, KnownOrganisations known) {
        Article complete = withDefaults(article, options);
        Optional<Extraction> extraction = complete.published() == null || store.isStored(complete.text()) ? Optional.empty()
                : Optional.of(pipeline.extract(complete.text(), complete.published().atZone(ZoneOffset.UTC).toLocalDate(), known));
        return new Prepared(complete, extraction);
    }

    /**
     * One article given whole (pasted into the browser, say), imported as a file's would be: the
     * extraction first, for an article not stored yet, then one transaction.
     */
    public ArticleStore.Stored importArticle(Article article, Options options) throws UnreadableArticleException {
        Prepared prepared = prepare(article, options, store.knownOrganisations());
        return store.store(prepared.article(), options.storySlug(), prepared.extraction());
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
