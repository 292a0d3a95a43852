package org.dossier.importer.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.importer.quotes.StatementCandidate;
import org.dossier.importer.quotes.StatementFinder;
import org.dossier.importer.text.CleanText;
import org.dossier.importer.text.Linguistics;
import org.dossier.importer.text.TypographyCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code importer eval polnear DIR}: statements against PolNeAR attributions. A statement matches a
 * gold attribution when their contents overlap by at least half of the shorter; over matched pairs,
 * the speaker is right when our speaker mention overlaps the gold source.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Scores statements and speakers against PolNeAR (uses DIR/dev, or DIR itself if it holds text/ and attributions/).")
public class PolNearCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "PolNeAR, e.g. ../shared/data/polnear")
    Path dir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Print up to N misses and wrong speakers.")
    int errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Made when the command runs: building the command line must not load language models.
    private TypographyCleaner cleaner;
    private Linguistics linguistics;
    private StatementFinder finder;

    @Override
    public Integer call() throws IOException {
        cleaner = new TypographyCleaner();
        linguistics = new Linguistics();
        finder = new StatementFinder();
        Path split = Files.isDirectory(dir.resolve("dev")) ? dir.resolve("dev") : dir;
        if (!Files.isDirectory(split.resolve("attributions")) || !Files.isDirectory(split.resolve("text"))) {
            spec.commandLine().getErr().println("No PolNeAR data at " + dir + " (see ../shared/data/README.md); skipping.");
            return 0;
        }
        Tally all = new Tally();
        Tally direct = new Tally();
        List<String> log = new ArrayList<>();
        List<Path> annotations = annotationFiles(split);
        for (Path ann : annotations) {
            Path textFile = split.resolve("text").resolve(ann.getFileName().toString().replaceAll("_[0-9a-f]{4}\\.ann$", ".txt"));
            if (!Files.exists(textFile)) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            score(text, Attribution.read(ann), all, direct, log);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(annotations.size() + " articles from " + split);
        out.println(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s", "PolNeAR statements", "P", "R", "F1", "speaker"));
        out.println(all.row("content (all)"));
        out.println(direct.row("content (direct quotes)"));
        out.println(String.format(Locale.ROOT, "gold %d, system %d, matched %d; speaker right on %d of %d matched pairs with a gold source",
                all.gold, all.system, all.matchedGold, all.speakerRight, all.speakerPairs));
        log.stream().limit(errors).forEach(out::println);
        return 0;
    }

    private void score(String text, List<Attribution> gold, Tally all, Tally direct, List<String> log) {
        CleanText clean = cleaner.clean(text);
        List<int[]> system = new ArrayList<>();
        List<StatementCandidate> found = finder.find(linguistics.analyse(clean));
        for (StatementCandidate s : found) {
            int[] content = clean.originalSpan(s.contentStart(), s.contentEnd());
            int[] speaker = s.hasSpeaker() ? clean.originalSpan(s.speakerStart(), s.speakerEnd()) : new int[] {-1, -1};
            system.add(new int[] {content[0], content[1], speaker[0], speaker[1], s.direct() ? 1 : 0});
        }
        boolean[] used = new boolean[system.size()];
        all.gold += gold.size();
        all.system += system.size();
        direct.system += (int) system.stream().filter(s -> s[4] == 1).count();
        for (Attribution g : gold) {
            boolean goldDirect = g.isDirect(text);
            direct.gold += goldDirect ? 1 : 0;
            int match = bestMatch(g, system, used);
            if (match < 0) {
                log.add("MISS     [" + cueText(text, g) + "] " + excerpt(text, g.content().get(0)));
                continue;
            }
            used[match] = true;
            int[] s = system.get(match);
            all.matchedGold++;
            direct.matchedGold += goldDirect ? 1 : 0;
            if (!g.source().isEmpty()) {
                all.speakerPairs++;
                if (s[2] >= 0 && g.sourceOverlaps(s[2], s[3])) {
                    all.speakerRight++;
                } else {
                    log.add("SPEAKER  gold \"" + excerpt(text, g.source().get(0)) + "\" ours \""
                            + (s[2] >= 0 ? text.substring(s[2], s[3]) : "-") + "\" in " + excerpt(text, new int[] {s[0], s[1]}));
                }
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (used[i]) {
                all.matchedSystem++;
                direct.matchedSystem += system.get(i)[4];
            } else {
                log.add("EXTRA    " + excerpt(text, system.get(i)));
            }
        }
    }

    private static int bestMatch(Attribution gold, List<int[]> system, boolean[] used) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < system.size(); i++) {
            int[] s = system.get(i);
            int overlap = gold.contentOverlap(s[0], s[1]);
            int shorter = Math.min(s[1] - s[0], gold.contentLength());
            if (!used[i] && overlap * 2 >= shorter && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static String cueText(String text, Attribution gold) {
        return gold.cue().stream().map(span -> excerpt(text, span)).reduce((a, b) -> a + " " + b).orElse("-");
    }

    private static String excerpt(String text, int[] span) {
        String s = text.substring(span[0], Math.min(span[1], text.length())).replace('\n', ' ');
        return s.length() > 110 ? s.substring(0, 107) + "..." : s;
    }

    private static List<Path> annotationFiles(Path split) throws IOException {
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            return files.filter(f -> f.toString().endsWith(".ann")).sorted().toList();
        }
    }

    private static final class Tally {
        int gold;
        int system;
        int matchedGold;
        int matchedSystem;
        int speakerPairs;
        int speakerRight;

        String row(String name) {
            PrecisionRecall score = PrecisionRecall.of(matchedSystem, system, matchedGold, gold);
            String speaker = speakerPairs == 0 ? "" : String.format(Locale.ROOT, "%9.3f", (double) speakerRight / speakerPairs);
            return String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %9s", name, score.precision(), score.recall(), score.f1(), speaker);
        }
    }
}
