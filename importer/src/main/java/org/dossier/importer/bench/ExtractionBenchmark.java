package org.dossier.importer.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.importer.extract.ExtractionPipeline;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.ArticleFiles;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.read.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code importer bench extract PATH...}: the extraction's throughput on one thread. Articles are
 * read first, the pipeline is warmed up, then every article is extracted and timed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Times the extraction pipeline on one thread over the articles under PATH (e.g. ../shared/data/timeline17).")
public class ExtractionBenchmark implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
    Integer limit;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "200", description = "Articles extracted before timing (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Times every article N times over and reports the fastest round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = articles();
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("No articles under " + paths + " (see ../shared/data/README.md); skipping.");
            return 0;
        }
        ExtractionPipeline pipeline = new ExtractionPipeline();
        for (int i = 0; i < Math.min(warmUp, articles.size()); i++) {
            extract(pipeline, articles.get(i));
        }
        Round best = null;
        for (int r = 1; r <= Math.max(1, rounds); r++) {
            Round round = Round.of(pipeline, articles);
            if (rounds > 1) {
                out.println(String.format(Locale.ROOT, "round %-6d %.1f articles/s", r, articles.size() / round.seconds()));
            }
            if (best == null || round.seconds() < best.seconds()) {
                best = round;
            }
        }
        long[] nanos = best.nanos();
        int slowest = best.slowest();
        double seconds = best.seconds();
        long characters = articles.stream().mapToLong(article -> article.text().length()).sum();
        long found = best.found();
        Article slowestArticle = articles.get(slowest);
        long slowestNanos = nanos[slowest];
        Arrays.sort(nanos);
        Runtime runtime = Runtime.getRuntime();
        out.println(String.format(Locale.ROOT, "%d articles (%.1f MB of text), one thread, after %d warm-up articles",
                articles.size(), characters / 1e6, Math.min(warmUp, articles.size())));
        out.println(String.format(Locale.ROOT, "throughput   %.1f articles/s   %.2f MB/s%s", articles.size() / seconds, characters / 1e6 / seconds,
                rounds > 1 ? "   (fastest of " + rounds + " rounds)" : ""));
        out.println(String.format(Locale.ROOT, "per article  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms",
                percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6));
        out.println(String.format(Locale.ROOT, "slowest      %.2f ms, %d characters: %s",
                slowestNanos / 1e6, slowestArticle.text().length(), slowestArticle.origin()));
        out.println(String.format(Locale.ROOT, "found        %d time expressions and statements", found));
        out.println(String.format(Locale.ROOT, "memory       heap used %d MB of %d MB max; CPU time %.1f s",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9));
        return 0;
    }

    /** One timed pass over every article: the time of each, the whole pass's, and what it found. */
    private record Round(long[] nanos, int slowest, double seconds, long found) {

        static Round of(ExtractionPipeline pipeline, List<Article> articles) {
            long[] nanos = new long[articles.size()];
            long found = 0;
            int slowest = 0;
            long started = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                long t0 = System.nanoTime();
                found += extract(pipeline, articles.get(i));
                nanos[i] = System.nanoTime() - t0;
                if (nanos[i] > nanos[slowest]) {
                    slowest = i;
                }
            }
            return new Round(nanos, slowest, (System.nanoTime() - started) / 1e9, found);
        }
    }

    private static int extract(ExtractionPipeline pipeline, Article article) {
        LocalDate published = article.publishedAt().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).orElse(LocalDate.of(2000, 1, 1));
        var extraction = pipeline.extract(article.text(), published);
        return extraction.timexes().size() + extraction.statements().size();
    }

    private List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (ArticleFiles.Entry entry : ArticleFiles.standard().expand(paths)) {
            for (Reading reading : entry.read(new ReadLimits(512L * 1024 * 1024))) {
                if (reading instanceof Reading.Success success) {
                    articles.add(success.article());
                }
                if (limit != null && articles.size() >= limit) {
                    return articles;
                }
            }
        }
        return articles;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
