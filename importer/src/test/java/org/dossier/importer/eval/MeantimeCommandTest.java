package org.dossier.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.importer.cli.ImporterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeCommandTest {

    @TempDir
    Path corpus;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    // "Harbour Line chief executive Jonas Brandt resigned on Friday ." with a person, an organisation and Friday annotated, then
    // "He leaves on Monday .", which annotators left alone as MEANTIME leaves all but an article's first sentences.
    private static final String ARTICLE = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Brandt_resigns" lang="en">
            <token number="0" sentence="0" t_id="1">Harbour</token>
            <token number="1" sentence="0" t_id="2">Line</token>
            <token number="2" sentence="0" t_id="3">chief</token>
            <token number="3" sentence="0" t_id="4">executive</token>
            <token number="4" sentence="0" t_id="5">Jonas</token>
            <token number="5" sentence="0" t_id="6">Brandt</token>
            <token number="6" sentence="0" t_id="7">resigned</token>
            <token number="7" sentence="0" t_id="8">on</token>
            <token number="8" sentence="0" t_id="9">Friday</token>
            <token number="9" sentence="0" t_id="10">.</token>
            <token number="10" sentence="1" t_id="11">He</token>
            <token number="11" sentence="1" t_id="12">leaves</token>
            <token number="12" sentence="1" t_id="13">on</token>
            <token number="13" sentence="1" t_id="14">Monday</token>
            <token number="14" sentence="1" t_id="15">.</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="5"/><token_anchor t_id="6"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
            <ENTITY TAG_DESCRIPTOR="Jonas Brandt" ent_type="PER" m_id="3"/>
            <ENTITY TAG_DESCRIPTOR="Harbour Line" ent_type="ORG" m_id="4"/>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="5" type="DATE" value="2016-10-15"/>
            <TIMEX3 functionInDocument="NONE" m_id="6" type="DATE" value="2016-10-14"><token_anchor t_id="9"/></TIMEX3>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><target m_id="3"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="2"/><target m_id="4"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    /** The command's output over a corpus of the one article. */
    private String scored() throws Exception {
        Files.createDirectories(corpus.resolve("intra-doc_annotation/corpus_ships"));
        Files.writeString(corpus.resolve("intra-doc_annotation/corpus_ships/1_Brandt_resigns.xml"), ARTICLE);
        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "meantime", corpus.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);
        return out.toString();
    }

    @Test
    void eachFoundActorCountsAgainstTheEntitiesOfItsKind() throws Exception {
        assertThat(scored()).contains("1 articles from")
                .containsPattern("persons, named mentions +1\\.000 +1\\.000 +1\\.000 +1 +1")
                .containsPattern("organisations, named mentions +1\\.000 +1\\.000 +1\\.000 +1 +1");
    }

    @Test
    void timeExpressionsAreScoredInTheAnnotatedSentencesOnly() throws Exception {
        assertThat(scored()).containsPattern("relaxed extraction +1\\.000 +1\\.000 +1\\.000")
                .containsPattern("value +1\\.000")
                .contains("gold 1, system 1, relaxed matches 1");
    }

    @Test
    void missingDataIsSkippedWithAMessage() {
        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "meantime", corpus.resolve("absent").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(err.toString()).contains("No MEANTIME data");
    }
}
