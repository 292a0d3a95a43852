package org.dossier.web.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Each request of a signed-in editor carries the session cookie; the account is read again, so a
 * deactivated account or a changed role takes effect at the next request, not at the session's end.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(request.getPrincipal())
                    .filter(a -> a.active).map(a -> {
                        a.roles.size();
                        return a;
                    }));
            if (account.isEmpty()) {
                throw new AuthenticationFailedException("the account is gone or deactivated");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.get().username))
                    .addRoles(account.get().roles)
                    .addAttribute("displayName", account.get().displayName)
                    .build();
        });
    }
}
