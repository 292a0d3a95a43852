package org.dossier.web.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a username and password against the accounts in PostgreSQL. Failures are counted by
 * {@link SignInThrottle}; a throttled attempt fails like a wrong password. The log names the
 * username and address of a failure, never the password.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AccountIdentityProvider.class);

    private final SignInThrottle throttle;

    AccountIdentityProvider(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = Optional.ofNullable((RoutingContext) HttpSecurityUtils.getRoutingContextAttribute(request))
                .map(rc -> rc.request().remoteAddress().hostAddress()).orElse("unknown");
        String username = request.getUsername().strip().toLowerCase(java.util.Locale.ROOT);
        return context.runBlocking(() -> {
            if (!throttle.allows(username, address)) {
                LOG.warnf("Sign-in refused for '%s' from %s: too many failures", username, address);
                throw new AuthenticationFailedException("too many attempts");
            }
            String password = new String(request.getPassword().getPassword());
            Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username)
                    .filter(a -> a.accepts(password)).map(a -> {
                        a.roles.size();
                        return a;
                    }));
            if (account.isEmpty()) {
                throttle.failed(username, address);
                LOG.infof("Failed sign-in for '%s' from %s", username, address);
                throw new AuthenticationFailedException("wrong username or password");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(username))
                    .addRoles(account.get().roles)
                    .addAttribute("displayName", account.get().displayName)
                    .build();
        });
    }
}
