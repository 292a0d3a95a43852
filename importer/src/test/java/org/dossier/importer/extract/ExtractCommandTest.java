package org.dossier.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.dossier.importer.cli.ImporterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command runs without Quarkus or a database. */
class ExtractCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private OptionalInt run(String... args) {
        return ImporterMain.answerWithoutDatabase(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void oneArticleGivesOneJsonDocumentWithOffsetsIntoTheTextAsRead() throws Exception {
        String text = "Talks ended on Saturday. The envoy said:    ”we will meet again Sunday.”";
        Path article = Files.writeString(folder.resolve("talks.txt"), text);

        assertThat(run("extract", "--published", "2016-10-15", article.toString())).hasValue(0);

        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("published").asText()).isEqualTo("2016-10-15");
        JsonNode sunday = result.get("timexes").get(1);
        assertThat(text.substring(sunday.get("start").asInt(), sunday.get("end").asInt())).isEqualTo("Sunday");
        assertThat(sunday.get("value").asText()).isEqualTo("2016-10-16");
        assertThat(sunday.get("precision").asText()).isEqualTo("day");
    }

    @Test
    void actorsAndStatementsComeWithTheirSpansAndNames() throws Exception {
        String text = "Nigerian Foreign Minister Amina Okafor arrived on Monday. \"We expect a deal,\" Okafor said.";
        Path article = Files.writeString(folder.resolve("okafor.txt"), text);

        assertThat(run("extract", "--published", "2016-10-15", article.toString())).hasValue(0);

        JsonNode result = new ObjectMapper().readTree(out.toString());
        JsonNode okafor = null;
        for (JsonNode actor : result.get("actors")) {
            if (actor.get("name").asText().equals("Amina Okafor")) {
                okafor = actor;
            }
        }
        assertThat(okafor).isNotNull();
        assertThat(okafor.get("kind").asText()).isEqualTo("person");
        assertThat(okafor.get("affiliation").asText()).isEqualTo("Nigeria");
        JsonNode statement = result.get("statements").get(0);
        assertThat(statement.get("speaker").get("name").asText()).isEqualTo("Amina Okafor");
        assertThat(statement.get("direct").asBoolean()).isTrue();
        JsonNode content = statement.get("content");
        assertThat(text.substring(content.get("start").asInt(), content.get("end").asInt())).isEqualTo("We expect a deal,");
    }

    @Test
    void severalArticlesGiveJsonLines() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "They met on Friday.");
        Files.writeString(folder.resolve("b.txt"), "They meet next week.");

        assertThat(run("extract", "--published", "2016-10-15", folder.toString())).hasValue(0);

        assertThat(out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(new ObjectMapper().readTree(line).has("id")).isTrue());
    }

    @Test
    void aFirmDescribedInOneArticleIsAnOrganisationWhereALaterOneNamesItBare() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Shares of shipping company Norvanta rose on Monday.");
        Files.writeString(folder.resolve("b.txt"), "Norvanta said it would hire 200 welders.");

        assertThat(run("extract", "--published", "2016-10-15", folder.toString())).hasValue(0);

        JsonNode later = new ObjectMapper().readTree(out.toString().lines().toList().get(1));
        assertThat(later.get("actors").findValuesAsText("kind")).containsExactly("organisation");
        assertThat(later.get("actors").get(0).get("name").asText()).isEqualTo("Norvanta");
    }

    @Test
    void anArticleWithoutADateIsNamedAndFails() throws Exception {
        Path article = Files.writeString(folder.resolve("undated.txt"), "They met on Friday.");

        assertThat(run("extract", article.toString())).hasValue(1);
        assertThat(err.toString()).contains("undated.txt: no publication date");
    }

    @Test
    void timeMlComesBackWithTimexTagsAndItsOtherMarkup() throws Exception {
        Path document = Files.writeString(folder.resolve("doc.tml"), """
                <?xml version="1.0" ?>
                <TimeML><DOCID>d</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-15" functionInDocument="CREATION_TIME">20161015</TIMEX3></DCT>
                <TEXT>The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t9" type="DATE" value="X">Friday</TIMEX3>.</TEXT>
                </TimeML>
                """);

        assertThat(run("extract", "--format", "timeml", document.toString())).hasValue(0);

        assertThat(out.toString())
                .contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT>")
                .contains("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-10-14\">Friday</TIMEX3>.")
                .doesNotContain("value=\"X\"");
    }
}
