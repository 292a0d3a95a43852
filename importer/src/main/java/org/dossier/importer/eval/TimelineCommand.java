package org.dossier.importer.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.core.time.Precision;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.JsonLinesReader;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.read.Reading;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code importer eval timeline DIR}: date selection on Timeline17. Every article votes once for each
 * day it reports (a day-precise time expression) and for the day it was published; the k most voted
 * days (k = the gold timeline's length), ties going to the day the texts name more often, then to the
 * earlier, are compared with the journalists' timeline dates.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Scores timeline date selection against Timeline17 (a topic folder, or the folder of all topics).")
public class TimelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A Timeline17 topic (e.g. ../shared/data/timeline17/bpoil_bbc) or all of them")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> topics = topics();
        if (topics.isEmpty()) {
            spec.commandLine().getErr().println("No Timeline17 data at " + dir + " (see ../shared/data/README.md); skipping.");
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%-48s %9s %6s %6s %6s", "Timeline17 date selection", "articles", "P", "R", "F1"));
        double sum = 0;
        int timelines = 0;
        TimeRecognizer recognizer = new TimeRecognizer();
        TypographyCleaner cleaner = new TypographyCleaner();
        for (Path topic : topics) {
            List<Article> articles = articles(topic);
            Votes votes = votes(articles, recognizer, cleaner);
            for (Path timeline : timelineFiles(topic)) {
                Set<LocalDate> gold = goldDates(timeline);
                List<LocalDate> chosen = votes.sources().keySet().stream()
                        .sorted(Comparator.comparing((LocalDate day) -> votes.sources().get(day)).reversed()
                                .thenComparing(Comparator.comparing((LocalDate day) -> votes.mentions().getOrDefault(day, 0)).reversed())
                                .thenComparing(Comparator.naturalOrder()))
                        .limit(gold.size()).toList();
                long right = chosen.stream().filter(gold::contains).count();
                PrecisionRecall score = PrecisionRecall.of(right, chosen.size(), right, gold.size());
                sum += score.f1();
                timelines++;
                out.println(String.format(Locale.ROOT, "%-48s %9d %6.3f %6.3f %6.3f",
                        topic.getFileName() + "/" + timeline.getFileName(), articles.size(), score.precision(), score.recall(), score.f1()));
            }
        }
        out.println(String.format(Locale.ROOT, "mean date F1 over %d timelines: %.3f", timelines, sum / timelines));
        return 0;
    }

    /**
     * How many sources report each day (an article votes once for each day it names at day precision,
     * and for the day it was published), and how many times the articles name it in their text: among
     * days as many sources report, the one named more often ranks first.
     */
    private record Votes(Map<LocalDate, Integer> sources, Map<LocalDate, Integer> mentions) {
    }

    private static Votes votes(List<Article> articles, TimeRecognizer recognizer, TypographyCleaner cleaner) {
        Map<LocalDate, Integer> sources = new HashMap<>();
        Map<LocalDate, Integer> mentions = new HashMap<>();
        for (Article article : articles) {
            LocalDate published = article.published().atZone(ZoneOffset.UTC).toLocalDate();
            Set<LocalDate> days = new HashSet<>();
            days.add(published);
            for (TimeExpression e : recognizer.find(cleaner.clean(article.text()).text(), published)) {
                e.date().filter(d -> d.precision() == Precision.DAY && d.start().equals(d.end())).ifPresent(d -> {
                    days.add(d.start());
                    mentions.merge(d.start(), 1, Integer::sum);
                });
            }
            days.forEach(day -> sources.merge(day, 1, Integer::sum));
        }
        return new Votes(sources, mentions);
    }

    private List<Path> topics() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        if (Files.isDirectory(dir.resolve("timelines"))) {
            return List.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(c -> Files.isDirectory(c.resolve("timelines"))).sorted().toList();
        }
    }

    /** articles.jsonl when there is one, else InputDocs/YYYY-MM-DD/*.txt dated by their folder. */
    private static List<Article> articles(Path topic) throws IOException {
        List<Article> articles = new ArrayList<>();
        Path jsonLines = topic.resolve("articles.jsonl");
        if (Files.exists(jsonLines)) {
            for (Reading reading : new JsonLinesReader().read(jsonLines, new ReadLimits(Long.MAX_VALUE))) {
                if (reading instanceof Reading.Success success && success.article().published() != null) {
                    articles.add(success.article());
                }
            }
            return articles;
        }
        Path inputs = topic.resolve("InputDocs");
        if (!Files.isDirectory(inputs)) {
            return articles;
        }
        try (Stream<Path> files = Files.walk(inputs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                LocalDate day = LocalDate.parse(file.getParent().getFileName().toString());
                articles.add(Article.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8))
                        .withPublished(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        }
        return articles;
    }

    private static List<Path> timelineFiles(Path topic) throws IOException {
        try (Stream<Path> files = Files.list(topic.resolve("timelines"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Set<LocalDate> goldDates(Path timeline) throws IOException {
        Set<LocalDate> dates = new HashSet<>();
        for (String line : Files.readAllLines(timeline, StandardCharsets.UTF_8)) {
            if (line.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.add(LocalDate.parse(line.strip()));
            }
        }
        return dates;
    }
}
