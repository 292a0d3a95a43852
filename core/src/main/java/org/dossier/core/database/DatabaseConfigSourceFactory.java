package org.dossier.core.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Decides which PostgreSQL Dossier talks to and hands Quarkus its datasource settings.
 *
 * <ul>
 *   <li>{@code DOSSIER_DB_URL} (with {@code DOSSIER_DB_USERNAME}, {@code DOSSIER_DB_PASSWORD}) names an
 *       external server; nothing embedded starts.</li>
 *   <li>The standard {@code quarkus.datasource.*} settings win over this source (its ordinal is below
 *       {@code application.properties}), so they work as Quarkus documents them.</li>
 *   <li>Otherwise an embedded server starts, the first time the URL is asked for: persistent in
 *       {@code dossier.db.data-directory}, or ephemeral when {@code dossier.db.ephemeral} is true
 *       (the test profile).</li>
 * </ul>
 * The start is lazy so that building the application, or a command that needs no database, starts none.
 */
public class DatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    // Below application.properties (250), environment (300) and system properties (400).
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<String> externalUrl = value(context, DatabaseConfig.URL);
        if (externalUrl.isPresent()) {
            return List.of(new DatabaseConfigSource(externalUrl::get,
                    value(context, DatabaseConfig.USERNAME).orElse(null),
                    value(context, DatabaseConfig.PASSWORD).orElse(null)));
        }
        boolean ephemeral = value(context, DatabaseConfig.EPHEMERAL).map(Boolean::parseBoolean).orElse(false);
        Path dataDirectory = value(context, DatabaseConfig.DATA_DIRECTORY).map(Path::of)
                .orElse(DatabaseConfig.defaultDataDirectory());
        Supplier<String> embeddedUrl = ephemeral
                ? EmbeddedServers::ephemeral
                : () -> EmbeddedServers.persistent(dataDirectory);
        return List.of(new DatabaseConfigSource(embeddedUrl, EmbeddedDatabase.SUPERUSER, null));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(v -> !v.isBlank());
    }

    /** One embedded server per JVM and data directory, however often Quarkus rebuilds its configuration. */
    static final class EmbeddedServers {
        private static final Map<String, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();

        static String ephemeral() {
            return URLS.computeIfAbsent("ephemeral", key -> EmbeddedDatabase.ephemeralJdbcUrl());
        }

        static String persistent(Path dataDirectory) {
            return URLS.computeIfAbsent(dataDirectory.toAbsolutePath().toString(),
                    key -> EmbeddedDatabase.jdbcUrlFor(dataDirectory));
        }
    }

    static final class DatabaseConfigSource implements ConfigSource {
        private final Supplier<String> url;
        private final String username;
        private final String password;

        DatabaseConfigSource(Supplier<String> url, String username, String password) {
            this.url = url;
            this.username = username;
            this.password = password;
        }

        @Override
        public Set<String> getPropertyNames() {
            // Not listed: listing invites callers that enumerate names to read them, which would start a server.
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            return switch (propertyName) {
                case URL -> url.get();
                case USERNAME -> username;
                case PASSWORD -> password;
                default -> null;
            };
        }

        @Override
        public String getName() {
            return "dossier-database";
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }
}
