package org.dossier.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server shared between processes: here a second JVM plays the web app that started
 * the server, and this JVM plays the importer started beside it.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    private Process owner;

    @AfterEach
    void stopOwner() {
        if (owner != null && owner.isAlive()) {
            owner.destroy();
        }
    }

    @Test
    void aSecondProcessUsesTheServerTheFirstOneStarted() throws Exception {
        String ownersUrl = startOwnerProcess();

        String url = EmbeddedDatabase.jdbcUrlFor(dataDirectory);

        assertThat(url).isEqualTo(ownersUrl);
        assertThat(tableCount(url)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aServerOrphanedByAKilledProcessIsReplacedAndTheDataKept() throws Exception {
        String ownersUrl = startOwnerProcess();
        execute(ownersUrl, "create table kept (id int)");
        owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        String url = EmbeddedDatabase.jdbcUrlFor(dataDirectory);

        execute(url, "insert into kept values (1)");
        assertThat(url).isNotEqualTo(ownersUrl);
    }

    @Test
    void aStalePidFileNamingAnotherProgramLeavesThatProgramAlone() throws Exception {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .start().close();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            // As after a reboot: the pid in the file now belongs to some other program.
            Files.writeString(dataDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDirectory + "\n0\n5432\n");

            String url = EmbeddedDatabase.jdbcUrlFor(dataDirectory);

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(tableCount(url)).isGreaterThanOrEqualTo(0);
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private String startOwnerProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        owner = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerOwner.class.getName(), dataDirectory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("jdbc:")) {
                    return line;
                }
            }
        }
        throw new AssertionError("The owner process printed no URL; data directory holds " + Files.list(dataDirectory).toList());
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute(sql);
        }
    }

    private static int tableCount(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            var result = connection.createStatement().executeQuery("select count(*) from pg_tables where schemaname = 'public'");
            result.next();
            return result.getInt(1);
        }
    }

    /** Starts the server, prints its URL and keeps running until it is killed. */
    public static final class ServerOwner {
        public static void main(String[] args) throws InterruptedException {
            System.out.println(EmbeddedDatabase.jdbcUrlFor(Path.of(args[0])));
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
