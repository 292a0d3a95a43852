package org.dossier.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.importer.cli.ImporterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempEvalCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void scoresAFolderOfTimeMl() throws Exception {
        Files.writeString(folder.resolve("a.tml"), """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-15">x</TIMEX3></DCT>
                <TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2016-10-14">Friday</TIMEX3>.</TEXT></TimeML>""");

        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "tempeval", folder.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(out.toString()).contains("1 documents").containsPattern("value\\s+1\\.000");
    }

    @Test
    void missingDataIsSkippedWithAMessage() {
        assertThat(ImporterMain.answerWithoutDatabase(new String[] {"eval", "tempeval", folder.resolve("absent").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);

        assertThat(err.toString()).contains("No evaluation data at").contains("skipping");
    }
}
