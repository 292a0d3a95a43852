package org.dossier.importer.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.importer.actors.KnownOrganisations;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code importer eval meantime DIR}: the actors stage against MEANTIME's entity annotation (its
 * document-level folder). For persons (PER) and organisations (ORG):
 * <ul>
 *   <li>named mentions: recall over the gold mentions that name the entity (NAM), found when a
 *       mention of one of our actors of that kind overlaps it;</li>
 *   <li>entities: a gold entity with a named mention is found when one of our actors of that kind
 *       has a mention overlapping one of its mentions.</li>
 * </ul>
 * MEANTIME annotates only some of an article's entities (those taking part in its annotated
 * events): Steve Jobs goes unannotated in several Apple articles. A mention of ours that overlaps
 * no annotated entity is therefore neither right nor wrong, and precision is measured only over
 * our mentions (and actors) that overlap one: right when that entity is of the kind we gave.
 *
 * <p>Time expressions are scored as TempEval-3 scores them (see {@link TimexScore}), against every
 * TIMEX3 written in the text, the dateline among them, and only in the part of the article that was
 * annotated (the title and first five sentences). No time rule was written from MEANTIME, so these
 * figures are the time stage's check on news it was not developed on.
 */
@Command(name = "meantime", mixinStandardHelpOptions = true,
        description = "Scores actor finding (persons, organisations) and time expressions against MEANTIME (../shared/data/meantime).")
public class MeantimeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The MEANTIME folder (its intra-doc_annotation is read) or any folder of its XML files")
    Path dir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Print up to N time expressions missed or valued wrongly.")
    int errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private enum Kind {
        PERSONS("PER", "person"), ORGANISATIONS("ORG", "organisation");

        final String goldType;
        final String ourKind;

        Kind(String goldType, String ourKind) {
            this.goldType = goldType;
            this.ourKind = ourKind;
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("No MEANTIME data at " + dir + " (see ../shared/data/README.md); skipping.");
            return 0;
        }
        ExtractionPipeline pipeline = new ExtractionPipeline();
        Tally[] mentions = {new Tally(), new Tally()};
        Tally[] entities = {new Tally(), new Tally()};
        TimexScore times = new TimexScore();
        TimexErrors timeErrors = new TimexErrors(errors);
        KnownOrganisations known = KnownOrganisations.none();
        for (MeantimeDocument document : inPublicationOrder(files)) {
            // As an import reads them: an organisation an earlier article established is known when a later one names it bare.
            Extraction extraction = pipeline.extract(document.text(), document.created(), known);
            for (Kind kind : Kind.values()) {
                score(document, extraction, kind, mentions[kind.ordinal()], entities[kind.ordinal()]);
            }
            List<TimexScore.Found> found = extraction.timexes().stream().filter(t -> t.start() < document.annotatedEnd())
                    .map(t -> new TimexScore.Found(t.start(), t.end(), t.type(), t.value())).toList();
            times.add(document.timexes(), found);
            timeErrors.collect(document.created(), document.text(), document.timexes(), found);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(files.size() + " articles from " + dir);
        out.println(String.format(Locale.ROOT, "%-32s %9s %9s %9s %7s %7s", "MEANTIME actors", "P", "R", "F1", "gold", "ours*"));
        for (Kind kind : Kind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            out.println(mentions[kind.ordinal()].row(name + ", named mentions"));
            out.println(entities[kind.ordinal()].row(name + ", entities"));
        }
        out.println("* ours on annotated entities only: precision is the share of those of the right kind (MEANTIME annotates some entities only)");
        out.println(times.table("MEANTIME times"));
        timeErrors.print(out);
        return 0;
    }

    private static void score(MeantimeDocument document, Extraction extraction, Kind kind, Tally mentions, Tally entities) {
        List<MeantimeDocument.Entity> gold = document.entities().stream().filter(e -> e.type().equals(kind.goldType)).toList();
        List<Extraction.Actor> ours = extraction.actors().stream().filter(a -> a.kind().equals(kind.ourKind)).toList();
        for (MeantimeDocument.Entity entity : gold) {
            List<MeantimeDocument.Mention> named = entity.mentions().stream().filter(m -> m.syntacticType().equals("NAM")).toList();
            for (MeantimeDocument.Mention mention : named) {
                mentions.gold++;
                mentions.goldFound += ours.stream().anyMatch(actor -> overlaps(actor.mentions(), mention)) ? 1 : 0;
            }
            if (!named.isEmpty()) {
                entities.gold++;
                entities.goldFound += ours.stream().anyMatch(actor -> entity.mentions().stream()
                        .anyMatch(mention -> overlaps(actor.mentions(), mention))) ? 1 : 0;
            }
        }
        for (Extraction.Actor actor : ours) {
            boolean annotated = false;
            boolean right = false;
            for (Extraction.Span span : actor.mentions()) {
                List<String> types = document.entities().stream()
                        .filter(entity -> entity.mentions().stream().anyMatch(m -> overlaps(span, m)))
                        .map(MeantimeDocument.Entity::type).toList();
                if (!types.isEmpty()) {
                    mentions.ours++;
                    mentions.oursRight += types.contains(kind.goldType) ? 1 : 0;
                    annotated = true;
                    right |= types.contains(kind.goldType);
                }
            }
            entities.ours += annotated ? 1 : 0;
            entities.oursRight += right ? 1 : 0;
        }
    }

    private static boolean overlaps(List<Extraction.Span> spans, MeantimeDocument.Mention mention) {
        return spans.stream().anyMatch(span -> overlaps(span, mention));
    }

    private static boolean overlaps(Extraction.Span span, MeantimeDocument.Mention mention) {
        return span.start() < mention.end() && mention.start() < span.end();
    }

    private List<MeantimeDocument> inPublicationOrder(List<Path> files) throws IOException {
        List<MeantimeDocument> documents = new ArrayList<>();
        for (Path file : files) {
            MeantimeDocument document = MeantimeDocument.read(file);
            if (document.created() == null) {
                spec.commandLine().getErr().println(file + ": no date to read relative dates against; skipped");
            } else {
                documents.add(document);
            }
        }
        documents.sort(Comparator.comparing(MeantimeDocument::created));
        return documents;
    }

    private List<Path> files() throws IOException {
        Path documentLevel = dir.resolve("intra-doc_annotation");
        Path root = Files.isDirectory(documentLevel) ? documentLevel : dir;
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> found = Files.walk(root)) {
            return found.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Counts for precision (ours, oursRight) and recall (gold, goldFound). */
    private static final class Tally {
        int gold;
        int goldFound;
        int ours;
        int oursRight;

        String row(String label) {
            PrecisionRecall score = PrecisionRecall.of(oursRight, ours, goldFound, gold);
            return String.format(Locale.ROOT, "%-32s %9.3f %9.3f %9.3f %7d %7d", label, score.precision(), score.recall(), score.f1(), gold,
                    ours);
        }
    }
}
