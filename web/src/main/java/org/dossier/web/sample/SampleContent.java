package org.dossier.web.sample;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.importer.store.ArticleImport;
import org.dossier.importer.store.ImportListener;
import org.dossier.importer.store.ImportSummary;
import org.jboss.logging.Logger;

/**
 * A first start shows something real: on an empty database, the sample story (articles Dossier's
 * authors wrote about the 2016 Syria diplomacy) is imported through the same import as any article,
 * then {@linkplain SampleReview partly reviewed}.
 */
@ApplicationScoped
public class SampleContent {

    static final String STORY_SLUG = "syria-diplomacy-2016";
    private static final String FOLDER = "sample-content/";
    private static final Logger LOG = Logger.getLogger(SampleContent.class);

    private final ArticleImport articleImport;
    private final SampleReview review;
    private final SampleContentConfig config;

    SampleContent(ArticleImport articleImport, SampleReview review, SampleContentConfig config) {
        this.articleImport = articleImport;
        this.review = review;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.enabled() && Source.count() == 0) {
            ImportSummary summary = importSamples();
            int approved = review.approveAllButNewest(STORY_SLUG);
            LOG.infof("Empty database: imported the sample story '%s'. %s %d facts approved; the newest article's wait in the review queue.",
                    STORY_SLUG, summary.oneLine(), approved);
        }
    }

    public ImportSummary importSamples() {
        createStory();
        Path folder = copyToTemporaryFolder();
        ImportSummary summary = articleImport.run(List.of(folder),
                new ArticleImport.Options(Optional.empty(), Optional.of(STORY_SLUG), org.dossier.importer.read.ReadLimits.defaults()),
                ImportListener.NONE);
        if (!summary.succeeded()) {
            LOG.warnf("Some sample articles failed: %s", summary.failures());
        }
        return summary;
    }

    @Transactional
    void createStory() {
        if (Story.findBySlug(STORY_SLUG).isEmpty()) {
            Story story = Story.of(STORY_SLUG, "Syria diplomacy, 2016",
                    "The search for a ceasefire in Syria in the autumn of 2016: the US–Russian truce plan, its collapse, "
                            + "the vetoes at the Security Council and the meetings in Lausanne and London.");
            story.keywords.addAll(List.of("Syria", "Aleppo", "ceasefire", "Kerry", "Lavrov"));
            story.persist();
        }
    }

    /** The readers work on files; the samples travel inside the jar. */
    private static Path copyToTemporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("dossier-samples");
            folder.toFile().deleteOnExit();
            for (String name : articleNames()) {
                copy(name + ".txt", folder);
                copy(name + ".json", folder);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the sample content", e);
        }
    }

    private static List<String> articleNames() throws IOException {
        return new String(resource("index.txt").readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static void copy(String name, Path folder) throws IOException {
        try (InputStream in = resource(name)) {
            Path target = folder.resolve(name);
            Files.copy(in, target);
            target.toFile().deleteOnExit();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleContent.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("Missing sample resource " + FOLDER + name);
        }
        return in;
    }
}
