package org.dossier.importer.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.importer.text.CleanText;
import org.dossier.importer.text.TypographyCleaner;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code importer eval tempeval GOLD_DIR}: time expressions against TempEval-3 TimeML. */
@Command(name = "tempeval", mixinStandardHelpOptions = true,
        description = "Scores time expressions (TempEval-3 Task A) against the .tml files under GOLD_DIR.")
public class TempEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD_DIR", description = "A folder of TimeML .tml files, e.g. ../shared/data/tempeval3-training")
    Path goldDir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Print up to N misses and wrong values.")
    int errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final TypographyCleaner cleaner = new TypographyCleaner();
    private final TimeRecognizer recognizer = new TimeRecognizer();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(goldDir)) {
            spec.commandLine().getErr().println("No evaluation data at " + goldDir + " (see ../shared/data/README.md); skipping.");
            return 0;
        }
        List<Path> files = timeMlFiles();
        TimexScore score = new TimexScore();
        TimexErrors errorLog = new TimexErrors(errors);
        for (Path file : files) {
            TimeMlDocument document = TimeMlDocument.read(file);
            List<TimexScore.Found> found = find(document);
            score.add(document.timexes(), found);
            errorLog.collect(document.creationTime(), document.text(), document.timexes(), found);
        }
        out.println(files.size() + " documents from " + goldDir);
        out.println(score.table());
        errorLog.print(out);
        return 0;
    }

    private List<TimexScore.Found> find(TimeMlDocument document) {
        CleanText clean = cleaner.clean(document.text());
        List<TimexScore.Found> found = new ArrayList<>();
        for (TimeExpression e : recognizer.find(clean.text(), document.creationTime())) {
            int[] span = clean.originalSpan(e.start(), e.end());
            found.add(new TimexScore.Found(span[0], span[1], e.type().name(), e.value()));
        }
        return found;
    }

    private List<Path> timeMlFiles() {
        try (Stream<Path> walk = Files.walk(goldDir)) {
            return walk.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
