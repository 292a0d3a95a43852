package org.dossier.web.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first admin, created on start when no admin exists yet; there is no default password
 * anywhere. Set DOSSIER_ADMIN_USERNAME and DOSSIER_ADMIN_PASSWORD (12 characters or more) once.
 */
@ConfigMapping(prefix = "dossier.admin")
public interface AdminConfig {

    Optional<String> username();

    Optional<String> password();
}
