package org.dossier.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged importer, started as a user starts it, on its own embedded database. */
class ImporterJarIT {

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
    }

    private Run importer(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("importer.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().put("DOSSIER_DB_DATA_DIRECTORY", folder.resolve("pgdata").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the importer finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void importsAnArticleAndThenFindsItPresent() throws Exception {
        Path article = Files.writeString(folder.resolve("talks.txt"), "Chilean Foreign Minister Rosa Valdes said the talks had failed.");

        Run first = importer("import", "--published", "2016-10-15", article.toString());
        Run second = importer("import", "--published", "2016-10-15", article.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported 1, skipped 0 already present, failed 0");
        assertThat(second.out()).startsWith("Imported 0, skipped 1 already present, failed 0");
    }

    @Test
    void aBadFileIsNamedAndTheExitStatusIsOne() throws Exception {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);

        Run run = importer("import", empty.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error: " + empty + ": empty file");
    }

    @Test
    void versionNeedsNoDatabase() throws Exception {
        Run run = importer("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Dossier importer ");
        assertThat(folder.resolve("pgdata")).doesNotExist();
    }
}
