package org.dossier.importer.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.importer.actors.KnownOrganisations;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.ArticleFiles;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.read.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code importer extract PATH...}: runs the extraction and prints what it found, without a
 * database. One article gives one JSON document; several give JSON Lines, one object per article.
 * With {@code --format timeml}, TimeML documents are written back with TIMEX3 tags.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Runs the extraction on articles and prints what it finds (no database).",
            "json: one JSON document for one article, JSON Lines for several. Offsets are Java String indices",
            "into the article text as read. timeml: TimeML (.tml, .TE3input) in, TimeML with TIMEX3 tags out."})
public class ExtractCommand implements Callable<Integer> {

    enum Format { json, timeml }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (as for import), or TimeML files.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date where the article's metadata has none.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or timeml.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "With timeml: write one file per input into DIR.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private ExtractionPipeline pipeline;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndRegisterModules();

    @Override
    public Integer call() throws IOException {
        // Made here, not when the command line is built: it loads language models.
        pipeline = new ExtractionPipeline();
        return format == Format.timeml ? timeMl() : articles();
    }

    private int articles() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Reading> readings = new ArrayList<>();
        for (ArticleFiles.Entry entry : ArticleFiles.standard().expand(paths)) {
            readings.addAll(entry.read(ReadLimits.defaults()));
        }
        boolean single = readings.size() == 1;
        int failed = 0;
        // Read as an import reads them: a one-word organisation an earlier article established is known in later ones.
        KnownOrganisations known = KnownOrganisations.none();
        for (Reading reading : readings) {
            if (reading instanceof Reading.Failure failure) {
                error(failure.reason().oneLine());
                failed++;
                continue;
            }
            Article article = ((Reading.Success) reading).article();
            Optional<LocalDate> date = article.publishedAt().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).or(() -> Optional.ofNullable(published));
            if (date.isEmpty()) {
                error(article.origin() + ": no publication date (relative dates need one): give --published YYYY-MM-DD");
                failed++;
                continue;
            }
            ObjectNode document = document(article, pipeline.extract(article.text(), date.get(), known));
            stdout.println(single ? json.writerWithDefaultPrettyPrinter().writeValueAsString(document) : json.writeValueAsString(document));
        }
        return failed == 0 ? 0 : 1;
    }

    private ObjectNode document(Article article, Extraction extraction) {
        ObjectNode document = json.createObjectNode();
        document.put("id", article.origin());
        document.put("published", extraction.published().toString());
        document.set("actors", json.valueToTree(extraction.actors()));
        document.set("timexes", json.valueToTree(extraction.timexes()));
        document.set("statements", json.valueToTree(extraction.statements()));
        document.set("meetings", json.valueToTree(extraction.meetings()));
        document.set("positions", json.valueToTree(extraction.positions()));
        document.set("events", json.valueToTree(extraction.events()));
        return document;
    }

    private int timeMl() throws IOException {
        List<Path> files = timeMlFiles();
        if (files.size() > 1 && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Several TimeML files need --out DIR");
        }
        TimeMlWriter writer = new TimeMlWriter(pipeline);
        int failed = 0;
        for (Path file : files) {
            String document = Files.readString(file, StandardCharsets.UTF_8);
            Optional<LocalDate> date = TimeMlWriter.creationTime(document).or(() -> Optional.ofNullable(published));
            if (date.isEmpty()) {
                error(file + ": no <DCT> date and no --published");
                failed++;
                continue;
            }
            String annotated = writer.annotate(document, date.get());
            if (out == null) {
                spec.commandLine().getOut().print(annotated);
                spec.commandLine().getOut().flush();
            } else {
                Files.createDirectories(out);
                Files.writeString(out.resolve(file.getFileName().toString()), annotated, StandardCharsets.UTF_8);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private List<Path> timeMlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(ExtractCommand::isTimeMl).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), path + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isTimeMl(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tml") || name.endsWith(".te3input");
    }

    private void error(String line) {
        spec.commandLine().getErr().println("error: " + line);
    }
}
