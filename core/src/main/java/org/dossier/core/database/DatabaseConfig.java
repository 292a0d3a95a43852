package org.dossier.core.database;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Dossier's database is: the settings {@link DatabaseConfigSourceFactory} reads. Each can be
 * given as an environment variable ({@code DOSSIER_DB_URL}, {@code DOSSIER_DB_DATA_DIRECTORY}, ...).
 */
@ConfigMapping(prefix = "dossier.db")
public interface DatabaseConfig {

    String URL = "dossier.db.url";
    String USERNAME = "dossier.db.username";
    String PASSWORD = "dossier.db.password";
    String DATA_DIRECTORY = "dossier.db.data-directory";
    String EPHEMERAL = "dossier.db.ephemeral";

    /** JDBC URL of an external PostgreSQL; when absent, the embedded server is used. */
    Optional<String> url();

    Optional<String> username();

    Optional<String> password();

    /** Data directory of the embedded server; default {@code ~/.dossier/pgdata}. */
    Optional<Path> dataDirectory();

    /** A throw-away embedded server, deleted at exit (the test profile). */
    Optional<Boolean> ephemeral();

    static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".dossier", "pgdata");
    }
}
