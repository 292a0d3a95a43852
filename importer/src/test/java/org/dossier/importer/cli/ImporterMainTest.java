package org.dossier.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Plain JUnit, no Quarkus and no database: what the importer answers before it starts either. */
class ImporterMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private OptionalInt run(String... args) {
        return ImporterMain.answerWithoutDatabase(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).hasValue(0);
        assertThat(out.toString()).contains("Usage: importer").contains("import");
    }

    @Test
    void versionNamesDossier() {
        assertThat(run("--version")).hasValue(0);
        assertThat(out.toString()).startsWith("Dossier importer ");
    }

    @Test
    void aCommandsHelpNeedsNoDatabase() {
        assertThat(run("import", "--help")).hasValue(0);
        assertThat(out.toString()).contains("--published").contains("--story");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).hasValue(2);
        assertThat(err.toString()).contains("Name a command");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("import", "--colour", "a.txt")).hasValue(2);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void aRealCommandIsLeftToTheApplication() {
        assertThat(run("import", "a.txt")).isEmpty();
    }

    @Test
    void theImportBenchmarkIsLeftToTheApplicationForItsDatabase() {
        assertThat(run("bench", "import", "a.jsonl")).isEmpty();
    }

    @Test
    void aCommandGroupNamedAloneIsAnsweredWithoutDatabase() {
        assertThat(run("bench")).isPresent();
    }
}
