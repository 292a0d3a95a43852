package org.dossier.importer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.importer.cli.ImporterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench extract runs without Quarkus or a database and prints its figures. */
class ExtractionBenchmarkTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private void run(String... args) {
        assertThat(ImporterMain.answerWithoutDatabase(args, new PrintWriter(out, true), new PrintWriter(err, true))).hasValue(0);
    }

    @Test
    void roundsAreEachTimedAndTheFastestIsReported() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The envoy met the minister in Vienna on Friday.");
        Files.writeString(folder.resolve("b.txt"), "\"We expect nothing,\" the minister said on Saturday.");

        run("bench", "extract", "--warm-up", "0", "--rounds", "3", folder.toString());

        assertThat(out.toString().lines().filter(line -> line.startsWith("round "))).hasSize(3);
        assertThat(out.toString()).contains("2 articles").contains("(fastest of 3 rounds)");
    }

    @Test
    void noArticlesIsSaidAndSkipped() {
        run("bench", "extract", folder.toString());

        assertThat(err.toString()).contains("No articles under");
    }
}
