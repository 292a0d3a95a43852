package org.dossier.web.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** Creates the first admin from {@link AdminConfig} when the database has no admin. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final AdminConfig config;

    FirstAdmin(AdminConfig config) {
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent started) {
        ensure(config.username(), config.password());
    }

    /** Creates the admin when none exists and both are given; returns it if it did. */
    @Transactional
    Optional<Account> ensure(Optional<String> username, Optional<String> password) {
        if (Account.count("select count(a) from Account a join a.roles r where r = ?1", Account.ADMIN) > 0) {
            return Optional.empty();
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("No admin yet: set DOSSIER_ADMIN_USERNAME and DOSSIER_ADMIN_PASSWORD (12+ characters) and restart to create one");
            return Optional.empty();
        }
        Account admin = Account.of(username.get(), username.get(), password.get(), Set.of(Account.ADMIN, Account.EDITOR));
        admin.persist();
        LOG.infof("Created the first admin, '%s'", admin.username);
        return Optional.of(admin);
    }
}
