package org.dossier.web.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.dossier.core.history.CurrentEditor;

/** The signed-in user of the current request, as the author of the changes it makes. */
@RequestScoped
@Unremovable // looked up by Envers' revision listener, never injected
public class SignedInEditor implements CurrentEditor {

    private final SecurityIdentity identity;

    SignedInEditor(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> name() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getPrincipal().getName());
    }
}
