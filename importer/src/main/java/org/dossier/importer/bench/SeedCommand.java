package org.dossier.importer.bench;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.dossier.core.story.Story;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fills a database with a generated story for load tests; see {@link LoadTestStory}. */
@Dependent
@Unremovable
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Generates a story of synthetic events, actors, statements and positions for load tests and benchmarks",
            "(docs/benchmarks.md). Their text says they are generated; never run it on a database readers use."})
public class SeedCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000", description = "How many events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--story", defaultValue = "load-test", description = "The story's slug (default: ${DEFAULT-VALUE}).")
    String story;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    LoadTestStory loadTestStory;

    @Override
    public Integer call() {
        if (!Story.isSlug(story)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--story '" + story + "' is not a slug (lower-case words joined by '-')");
        }
        if (events < 1 || events > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--events must be between 1 and 10000000");
        }
        long started = System.nanoTime();
        LoadTestStory.Seeded seeded = loadTestStory.seed(story, events);
        spec.commandLine().getOut().printf("Seeded story '%s': %,d events, %,d actors, %,d sources with a statement each, in %.1f s%n",
                story, seeded.events(), seeded.actors(), seeded.sources(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
