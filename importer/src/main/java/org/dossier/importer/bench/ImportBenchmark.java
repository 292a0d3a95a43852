package org.dossier.importer.bench;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
 * show how time and memory grow with the database (docs/benchmarks.md). Each line also says where
 * the block's time went on this side of the database connection: the CPU per article of the
 * storing thread and of the extraction thread, and the JIT compiler's time; what the storing thread
 * did not spend on the CPU it mostly spent waiting for PostgreSQL.
 */
@Dependent
@Unremovable
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports the articles under PATH (extraction included) into an empty database and prints, every N articles,",
            "the rate of the last N, the live heap after a collection, the database size, the CPU per article of the storing",
            "and extraction threads and the JIT compiler's time over the N. Point it at a new database,",
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
        out.println(" articles   elapsed   last block        live heap   database   storing CPU   extraction CPU      JIT");
        Checkpoints checkpoints = new Checkpoints(out);
        ImportSummary summary = articleImport.run(paths,
                new ArticleImport.Options(Optional.empty(), Optional.of("import-benchmark"), ReadLimits.defaults()), checkpoints);
        checkpoints.print();
        out.println(summary.oneLine());
        return 0;
    }

    /**
     * Times blocks of {@code every} imported articles; the collection before reading the heap is not
     * timed. Called on the storing thread, so its own CPU time is the storing thread's.
     */
    private final class Checkpoints implements ImportListener {
        private final PrintWriter out;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        private int articles;
        private int inBlock;
        private long elapsedNanos;
        private long blockStarted = System.nanoTime();
        private long storingCpuAtStart = threads.getCurrentThreadCpuTime();
        private long extractionCpuAtStart;
        private long compilingMillisAtStart = compilingMillis();

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
            long blockNanos = System.nanoTime() - blockStarted;
            elapsedNanos += blockNanos;
            long storingCpu = threads.getCurrentThreadCpuTime();
            long extractionCpu = extractionCpu();
            long compiling = compilingMillis();
            System.gc();
            long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.println(String.format(Locale.ROOT, "%9d %8.1f s %8.1f articles/s %7d MB %7d MB %8.2f ms %13.2f ms %8.1f s", articles,
                    elapsedNanos / 1e9, inBlock / (blockNanos / 1e9), liveHeap >> 20, database.sizeInBytes() >> 20,
                    (storingCpu - storingCpuAtStart) / 1e6 / inBlock, (extractionCpu - extractionCpuAtStart) / 1e6 / inBlock,
                    (compiling - compilingMillisAtStart) / 1e3));
            out.flush();
            inBlock = 0;
            storingCpuAtStart = storingCpu;
            extractionCpuAtStart = extractionCpu;
            compilingMillisAtStart = compiling;
            blockStarted = System.nanoTime();
        }

        /**
         * The CPU time of the thread named "extraction" (see {@link ArticleImport}): 0 before it starts, and
         * after it ends (the import's last, partial block) the last time read.
         */
        private long extractionCpu() {
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (thread != null && thread.getThreadName().equals(ArticleImport.EXTRACTION_THREAD)) {
                    return Math.max(extractionCpuAtStart, threads.getThreadCpuTime(thread.getThreadId()));
                }
            }
            return extractionCpuAtStart;
        }

        private long compilingMillis() {
            return compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
        }
    }
}
