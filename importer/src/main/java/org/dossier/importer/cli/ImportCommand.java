package org.dossier.importer.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.core.story.Story;
import org.dossier.importer.read.PublicationDate;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.store.ArticleImport;
import org.dossier.importer.store.ImportSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Dependent
@Unremovable
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = DossierVersion.class,
        description = {"Stores articles in Dossier's database, each once (by its text).",
            "Reads .txt (with an optional .json sidecar: title, outlet, url, published, byline, language),",
            ".html (title, byline and date from <meta> tags and JSON-LD NewsArticle), and folders of them."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for articles whose metadata has none, e.g. 2016-10-15.")
    String published;

    @Option(names = "--story", paramLabel = "SLUG", description = "File the articles under this story (created if new).")
    String story;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "5",
            description = "Largest file to read, in MiB (default: ${DEFAULT-VALUE}).")
    int maxSizeMiB;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    ArticleImport articleImport;

    @Override
    public Integer call() {
        ArticleImport.Options options = new ArticleImport.Options(publicationDate(), storySlug(),
                new ReadLimits(maxSizeMiB * 1024L * 1024L));
        PrintWriter err = spec.commandLine().getErr();
        ImportSummary summary = articleImport.run(paths, options, new ProgressReport(err, Terminal.isInteractive()));
        spec.commandLine().getOut().println(summary.oneLine());
        return summary.succeeded() ? 0 : 1;
    }

    private Optional<Instant> publicationDate() {
        if (published == null) {
            return Optional.empty();
        }
        return Optional.of(PublicationDate.parse(published).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--published: not a date: '" + published + "' (use 2016-10-15)")));
    }

    private Optional<String> storySlug() {
        if (story != null && !Story.isSlug(story)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--story: '" + story + "' is not a slug (lower-case words joined by hyphens, e.g. syria-diplomacy)");
        }
        return Optional.ofNullable(story);
    }
}
