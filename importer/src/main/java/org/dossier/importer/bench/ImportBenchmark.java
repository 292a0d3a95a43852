package org.dossier.importer.bench;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.store.ArticleImport;
import org.dossier.importer.store.ImportListener;
import org.dossier.importer.store.ImportSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code importer bench import PATH...}: imports articles with extraction, as {@code import} does,
 * and prints every N articles how fast the last N went, the live heap and the database's size, to
 * show how time and memory grow with the database (docs/benchmarks.md).
 */
@Dependent
@Unremovable
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports the articles under PATH (extraction included) into an empty database and prints, every N articles,",
            "the rate of the last N, the live heap after a collection and the database size. Point it at a new database,",
            "e.g. DOSSIER_DB_DATA_DIRECTORY=/tmp/dossier-bench, and give the JVM the heap to measure (-Xmx512m)."})
public class ImportBenchmark implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--every", paramLabel = "N", defaultValue = "500", description = "Print a line every N articles (default: ${DEFAULT-VALUE}).")
    int every;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    ArticleImport articleImport;

    @Inject
    BenchDatabase database;

    @Override
    public Integer call() {
        if (every < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--every must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (database.sources() > 0) {
            spec.commandLine().getErr().println("bench import needs an empty database (this one holds " + database.sources()
                    + " sources): set DOSSIER_DB_DATA_DIRECTORY to a new folder");
            return 2;
        }
        out.println(" articles   elapsed   last block        live heap   database");
        Checkpoints checkpoints = new Checkpoints(out);
        ImportSummary summary = articleImport.run(paths,
                new ArticleImport.Options(Optional.empty(), Optional.of("import-benchmark"), ReadLimits.defaults()), checkpoints);
        checkpoints.print();
        out.println(summary.oneLine());
        return 0;
    }

    /** Times blocks of {@code every} imported articles; the collection before reading the heap is not timed. */
    private final class Checkpoints implements ImportListener {
        private final PrintWriter out;
        private int articles;
        private int inBlock;
        private long elapsedNanos;
        private long blockStarted = System.nanoTime();
        private long blockNanos;

        Checkpoints(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void imported(Article article, long sourceId) {
            articles++;
            inBlock++;
            if (inBlock == every) {
                print();
            }
        }

        void print() {
            if (inBlock == 0) {
                return;
            }
            blockNanos = System.nanoTime() - blockStarted;
            elapsedNanos += blockNanos;
            System.gc();
            long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.println(String.format(Locale.ROOT, "%9d %8.1f s %8.1f articles/s %7d MB %7d MB", articles, elapsedNanos / 1e9,
                    inBlock / (blockNanos / 1e9), liveHeap >> 20, database.sizeInBytes() >> 20));
            out.flush();
            inBlock = 0;
            blockStarted = System.nanoTime();
        }
    }
}
