package org.dossier.web.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random key for the session cookie when none is configured, so Quarkus never makes (and logs) a
 * temporary one. Sessions then end when the application restarts; production sets
 * QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY, which wins over this (lowest ordinal).
 */
public class SessionKey implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String KEY = newKey();

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, KEY);
    }

    @Override
    public String getValue(String name) {
        return PROPERTY.equals(name) ? KEY : null;
    }

    @Override
    public String getName() {
        return "dossier-random-session-key";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
