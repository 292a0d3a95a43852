package org.dossier.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.evidence.Evidence;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.place.Place;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command against the real (embedded) PostgreSQL. */
@QuarkusTest
class ImportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int importer(String... args) {
        return ImporterMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** An article text no other test uses, so counts stay exact. */
    private String uniqueText(String words) {
        return words + " (" + folder.getFileName() + ")";
    }

    private Path article(String name, String text, String published) throws IOException {
        Path file = Files.writeString(folder.resolve(name + ".txt"), text);
        if (published != null) {
            Files.writeString(folder.resolve(name + ".json"), "{\"title\": \"" + name + "\", \"published\": \"" + published + "\"}");
        }
        return file;
    }

    @Test
    void importsAnArticleWithItsMetadata() throws IOException {
        String text = uniqueText("The envoys met in Geneva on Monday.");
        article("envoys", text, "2016-10-10");

        assertThat(importer("import", folder.toString())).isZero();

        Source source = Source.findByContent(text).orElseThrow();
        assertThat(source.title).isEqualTo("envoys");
        assertThat(source.publishedAt).isEqualTo(Instant.parse("2016-10-10T00:00:00Z"));
        assertThat(out.toString()).startsWith("Imported 1, skipped 0 already present, failed 0");
    }

    @Test
    void reimportingTheSameArticleChangesNothingAndSaysSo() throws IOException {
        String text = uniqueText("Ministers met in London on Sunday.");
        article("london", text, "2016-10-16");
        importer("import", folder.toString());
        long before = Source.count();

        int status = importer("import", folder.toString());

        assertThat(status).isZero();
        assertThat(Source.count()).isEqualTo(before);
        assertThat(out.toString()).contains("Imported 0, skipped 1 already present");
    }

    @Test
    void theSameTextWithOtherLineEndingsIsTheSameArticle() throws IOException {
        String text = uniqueText("The council met.\nIt voted.");
        article("unix", text, "2016-10-08");
        importer("import", folder.resolve("unix.txt").toString());

        Files.writeString(folder.resolve("windows.txt"), text.replace("\n", "\r\n"));
        importer("import", "--published", "2016-10-08", folder.resolve("windows.txt").toString());

        assertThat(out.toString()).contains("Imported 0, skipped 1 already present");
    }

    @Test
    void publishedOnTheCommandLineFillsAMissingDate() throws IOException {
        String text = uniqueText("The truce began at sundown.");
        article("truce", text, null);

        assertThat(importer("import", "--published", "2016-09-12", folder.toString())).isZero();

        assertThat(Source.findByContent(text).orElseThrow().publishedAt).isEqualTo(Instant.parse("2016-09-12T00:00:00Z"));
    }

    @Test
    void theArticlesOwnDateWinsOverTheCommandLine() throws IOException {
        String text = uniqueText("The convoy was hit.");
        article("convoy", text, "2016-09-20");

        importer("import", "--published", "2001-01-01", folder.toString());

        assertThat(Source.findByContent(text).orElseThrow().publishedAt).isEqualTo(Instant.parse("2016-09-20T00:00:00Z"));
    }

    @Test
    void aStoryIsCreatedOnFirstUseAndTheArticleFiledUnderIt() throws IOException {
        String text = uniqueText("The resolution was vetoed.");
        article("veto", text, "2016-10-09");

        importer("import", "--story", "security-council", folder.toString());

        long filed = QuarkusTransaction.requiringNew().call(() -> Story.findBySlug("security-council").orElseThrow().sources.stream()
                .filter(s -> s.body.equals(text)).count());
        assertThat(filed).isEqualTo(1);
    }

    @Test
    void theEventsAnArticleReportsAreFiledUnderItsStory() throws IOException {
        String text = uniqueText("GENEVA - Foreign Minister Anna Petrova of Freedonia met the envoy in Geneva on Friday.");
        article("petrova", text, "2016-10-15");

        importer("import", "--story", "petrova-talks", folder.toString());

        long filed = QuarkusTransaction.requiringNew().call(() -> {
            Story story = Story.findBySlug("petrova-talks").orElseThrow();
            return story.events.stream().filter(e -> e.happened.start().toString().equals("2016-10-14")).count();
        });
        assertThat(filed).isPositive();
    }

    @Test
    void aBadStorySlugIsAUsageError() throws IOException {
        article("x", uniqueText("Text."), "2016-10-09");

        assertThat(importer("import", "--story", "Not A Slug", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--story").contains("not a slug");
    }

    @Test
    void everyBadFileIsNamedOnOneLineAndTheGoodOnesAreStillImported() throws IOException {
        String good = uniqueText("The talks resumed on Thursday.");
        article("good", good, "2016-10-13");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 diplomacy".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("huge.txt"), "x".repeat(1024 * 1024 + 1));
        Files.writeString(folder.resolve("notreally.html"), "no markup here at all");
        Files.writeString(folder.resolve("undated.txt"), uniqueText("Nobody said when."));

        int status = importer("import", "--max-size", "1", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(Source.findByContent(good)).isPresent();
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: ")))
                .containsExactlyInAnyOrder(
                        "error: " + folder.resolve("binary.txt") + ": binary file (NUL byte at offset 4), not a text article",
                        "error: " + folder.resolve("empty.txt") + ": empty file",
                        "error: " + folder.resolve("huge.txt") + ": larger than the 1.0 MiB limit (1,048,577 bytes); raise --max-size to import it",
                        "error: " + folder.resolve("latin1.txt") + ": not UTF-8 (invalid byte 0xE9 at offset 3); convert it to UTF-8 first",
                        "error: " + folder.resolve("notreally.html") + ": malformed HTML (no markup at all); save plain text as .txt",
                        "error: " + folder.resolve("undated.txt")
                                + ": no publication date (relative dates need one): give 'published' in its .json sidecar, a <meta> date, or --published");
        assertThat(out.toString()).startsWith("Imported 1, skipped 0 already present, failed 6");
    }

    @Test
    void aMissingPathIsNamed() {
        int status = importer("import", folder.resolve("nowhere.txt").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere.txt: no such file or folder");
    }

    @Test
    void anUnsupportedFileNamedExplicitlyIsRefused() throws IOException {
        Path pdf = Files.writeString(folder.resolve("report.pdf"), "%PDF-1.4");

        assertThat(importer("import", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("report.pdf: unsupported format");
    }

    @Test
    void aFirmAnEarlierImportDescribedTakesPartWhereALaterArticleNamesItBare() throws IOException {
        article("kelvara-described", uniqueText("Shares of shipping company Kelvara fell on Monday."), "2016-10-10");
        importer("import", folder.toString());
        article("kelvara-bare", uniqueText("Kelvara signed a contract with Oman on Tuesday."), "2016-10-12");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Event contract = Event.find("summary like ?1", "Kelvara signed a contract with Oman%").firstResult();
            assertThat(contract.participants).extracting(p -> p.actor.canonicalName).contains("Kelvara", "Oman");
            Actor kelvara = Actor.find("canonicalName", "Kelvara").firstResult();
            assertThat(kelvara.kind).isEqualTo(ActorKind.ORGANISATION);
        });
    }

    @Test
    void importStoresWhatTheExtractionFindsAsProposedFactsWithEvidence() throws IOException {
        String text = uniqueText("Nigerian Foreign Minister Amina Okafor arrived on Monday. \"We expect a deal,\" Okafor said.");
        article("okafor", text, "2016-10-15");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Source source = Source.findByContent(text).orElseThrow();
            Actor okafor = Actor.find("canonicalName", "Amina Okafor").firstResult();
            assertThat(okafor.roles).extracting(ActorRole::describe).containsExactly("foreign minister, Nigeria");
            assertThat(okafor.aliases).extracting(a -> a.name).contains("Amina Okafor", "Okafor");
            Statement quote = Statement.find("speaker = ?1 and content = ?2", okafor, "We expect a deal,").firstResult();
            assertThat(quote.direct).isTrue();
            assertThat(quote.status).isEqualTo(ReviewStatus.PROPOSED);
            Evidence proof = Evidence.find("statement", quote).firstResult();
            assertThat(proof.source.id).isEqualTo(source.id);
            assertThat(text.substring(proof.start, proof.end)).isEqualTo("We expect a deal,");
            assertThat(proof.sentence).isEqualTo("\"We expect a deal,\" Okafor said.");
        });
    }

    @Test
    void aStatementKeepsWhenItWasSaid() throws IOException {
        String text = uniqueText("Chilean Foreign Minister Rosa Pinto said on Thursday that the convoy had left.");
        article("pinto", text, "2016-10-15");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Statement said = Statement.find("speaker.canonicalName", "Rosa Pinto").firstResult();
            assertThat(said.said.display()).isEqualTo("13 Oct 2016");
        });
    }

    @Test
    void aStanceIsStoredAsAPositionSinceThePublicationDay() throws IOException {
        article("stance", uniqueText("Peruvian Foreign Minister Luis Quispe called for a ceasefire in the north."), "2016-10-15");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Position position = Position.find("actor.canonicalName", "Luis Quispe").firstResult();
            assertThat(position.stance).isEqualTo(Stance.DEMANDS);
            assertThat(position.issue).isEqualTo("a ceasefire in the north");
            assertThat(position.since.display()).isEqualTo("15 Oct 2016");
            assertThat(Evidence.count("position", position)).isEqualTo(1);
        });
    }

    @Test
    void theSameStanceReportedAgainIsThePositionHeldWithMoreEvidence() throws IOException {
        article("a-first-report", uniqueText("Peruvian Foreign Minister Elena Paredes called for a ceasefire in the south."), "2016-10-15");
        article("b-second-report", uniqueText("Peruvian Foreign Minister Elena Paredes called for the ceasefire in the south."),
                "2016-10-17");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Position position = Position.<Position>find("actor.canonicalName", "Elena Paredes").singleResult();
            assertThat(position.since.display()).isEqualTo("15 Oct 2016");
            assertThat(Evidence.count("position", position)).isEqualTo(2);
        });
    }

    @Test
    void aNewStanceOnTheIssueIsANewPosition() throws IOException {
        article("a-first-stance", uniqueText("Ghanaian Foreign Minister Esi Mensah called for a ceasefire in the west."), "2016-10-15");
        article("b-new-stance", uniqueText("Ghanaian Foreign Minister Esi Mensah rejected a ceasefire in the west."), "2016-10-20");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> assertThat(Position.<Position>list("actor.canonicalName = ?1 order by since.start",
                "Esi Mensah")).extracting(p -> p.stance).containsExactly(Stance.DEMANDS, Stance.REJECTS));
    }

    @Test
    void aDatedMeetingIsStoredAsAMeetingEventWithPlaceAndParticipants() throws IOException {
        article("geneva", uniqueText("The Montreux meeting between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes ended without a deal."), "2016-10-15");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Event meeting = Event.find("kind = ?1 and place.name = ?2", EventKind.MEETING, "Montreux").firstResult();
            assertThat(meeting.happened.display()).isEqualTo("15 Oct 2016");
            assertThat(meeting.status).isEqualTo(ReviewStatus.PROPOSED);
            assertThat(meeting.participants).extracting(p -> p.actor.canonicalName).contains("Amina Okafor", "Rosa Valdes");
            assertThat(Evidence.count("event", meeting)).isEqualTo(1);
        });
    }

    @Test
    void aMeetingIsStoredWithWhatCameOfIt() throws IOException {
        article("davos", uniqueText("The Davos meeting between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes ended without a deal."), "2016-10-15");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.find("kind = ?1 and place.name = ?2", EventKind.MEETING, "Davos").firstResult();
            assertThat(Meeting.findFor(event).orElseThrow().outcome).isEqualTo("ended without a deal");
        });
    }

    @Test
    void twoMeetingsOfOneArticleAtANewPlaceShareThatPlace() throws IOException {
        article("zermatt", uniqueText("The Zermatt meeting between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes ended without a deal.\n\nThe Zermatt meeting between Peruvian Foreign Minister Luis Ortega and "
                + "Ghanaian Foreign Minister Kwame Asare ended with a deal on Sunday."), "2016-10-15");

        assertThat(importer("import", folder.toString())).isZero();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Place.count("name", "Zermatt")).isEqualTo(1);
            assertThat(Event.count("kind = ?1 and place.name = ?2", EventKind.MEETING, "Zermatt")).isEqualTo(2);
        });
    }

    @Test
    void theSameEventReportedByTwoSourcesIsOneEventWithEvidenceFromBoth() throws IOException {
        article("first", uniqueText("Uganda expelled the ambassador of Peru on Friday."), "2016-10-15");
        article("second", uniqueText("On Friday, Uganda expelled the Peruvian ambassador, officials confirmed."), "2016-10-16");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            List<Event> expulsions = Event.list("kind = ?1 and happened.start = ?2", EventKind.DIPLOMATIC_STEP, java.time.LocalDate.of(2016, 10, 14));
            assertThat(expulsions).hasSize(1);
            assertThat(Evidence.<Evidence>list("event", expulsions.get(0)).stream().map(e -> e.source.id).distinct()).hasSize(2);
            assertThat(expulsions.get(0).reportedAt).isEqualTo(Instant.parse("2016-10-15T00:00:00Z"));
        });
    }

    @Test
    void aPersonInTwoArticlesIsOneActorWithEvidenceFromBoth() throws IOException {
        article("first", uniqueText("Ghanaian Foreign Minister Kofi Mensah-Bonsu arrived in Geneva."), "2016-10-14");
        article("second", uniqueText("Mensah-Bonsu left Geneva on Sunday, Ghanaian Foreign Minister Kofi Mensah-Bonsu said."), "2016-10-16");

        importer("import", folder.toString());

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Actor.count("canonicalName", "Kofi Mensah-Bonsu")).isEqualTo(1);
            Actor person = Actor.find("canonicalName", "Kofi Mensah-Bonsu").firstResult();
            assertThat(Evidence.<Evidence>list("actor", person).stream().map(e -> e.source.id).distinct()).hasSize(2);
            assertThat(person.roles).hasSize(1);
        });
    }

    @Test
    void reimportingAnArticleAddsNoFacts() throws IOException {
        article("again", uniqueText("Chilean Foreign Minister Rosa Valdes said the talks had failed."), "2016-10-15");
        importer("import", folder.toString());
        long statements = Statement.count();
        long evidence = Evidence.count();

        importer("import", folder.toString());

        assertThat(Statement.count()).isEqualTo(statements);
        assertThat(Evidence.count()).isEqualTo(evidence);
    }

    @Test
    void htmlArticlesAreImportedWithTheirMetadata() throws IOException {
        String paragraph = uniqueText("Envoys met in Lausanne on Saturday.");
        Files.writeString(folder.resolve("page.html"), """
                <html><head><title>Lausanne</title><meta property="article:published_time" content="2016-10-15T18:00:00Z">
                <meta name="author" content="D. Correspondent"></head><body><article><p>%s</p></article></body></html>"""
                .formatted(paragraph));

        assertThat(importer("import", folder.toString())).isZero();

        Source source = Source.findByContent(paragraph).orElseThrow();
        assertThat(source.byline).isEqualTo("D. Correspondent");
        assertThat(source.publishedAt).isEqualTo(Instant.parse("2016-10-15T18:00:00Z"));
    }

    @Test
    void theImportBenchmarkRefusesADatabaseThatHoldsArticles() throws IOException {
        article("held", uniqueText("The envoy arrived in Vienna on Tuesday."), "2016-10-11");
        importer("import", folder.toString());

        int status = importer("bench", "import", folder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("bench import needs an empty database");
    }
}
