package org.dossier.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.importer.cli.ImporterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

    @TempDir
    Path topic;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theMostReportedDaysAreTheTimeline() throws Exception {
        Files.writeString(topic.resolve("articles.jsonl"), """
                {"id": "1", "time": "2016-10-16", "text": "Ministers met in Lausanne on Saturday. The talks ended without a deal."}
                {"id": "2", "time": "2016-10-17", "text": "The Lausanne talks on Oct. 15 failed. Ministers met again on Sunday in London."}
                {"id": "3", "time": "2016-10-18", "text": "After the talks of Oct. 15 and Oct. 16, nothing changed."}
                """);
        Files.createDirectories(topic.resolve("timelines"));
        Files.writeString(topic.resolve("timelines/gold.txt"), """
                2016-10-15
                Talks in Lausanne.
                --------------------------------
                2016-10-16
                Talks in London.
                --------------------------------
                """);

        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "timeline", topic.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(out.toString()).contains("mean date F1 over 1 timelines: 1.000");
    }

    @Test
    void amongDaysAsManySourcesReportTheOneNamedMoreOftenRanksFirst() throws Exception {
        Files.writeString(topic.resolve("articles.jsonl"), """
                {"id": "1", "time": "2016-10-20", "text": "Talks began on Oct. 10. The ceasefire of Oct. 12 held. Aid arrived after Oct. 12."}
                """);
        Files.createDirectories(topic.resolve("timelines"));
        Files.writeString(topic.resolve("timelines/gold.txt"), """
                2016-10-12
                A ceasefire.
                --------------------------------
                """);

        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "timeline", topic.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(out.toString()).contains("mean date F1 over 1 timelines: 1.000");
    }

    @Test
    void missingDataIsSkippedWithAMessage() {
        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "timeline", topic.resolve("absent").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(err.toString()).contains("No Timeline17 data");
    }
}
