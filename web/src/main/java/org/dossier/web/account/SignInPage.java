package org.dossier.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out. The form posts to Quarkus's form authentication (/j_security_check), which
 * keeps the session in an encrypted cookie that expires after a period without requests. Where an
 * organisation has configured its OpenID Connect provider, /sign-in/organisation goes there instead
 * (the path is guarded by the code-flow mechanism in application.properties).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut, boolean organisation);
    }

    /** The cookie in which the OpenID Connect mechanism keeps an organisation sign-in. */
    private static final String ORGANISATION_SESSION = "q_session";

    private final String cookieName;
    private final boolean organisation;

    SignInPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean organisation) {
        this.cookieName = cookieName;
        this.organisation = organisation;
    }

    @GET
    @Path("sign-in")
    public TemplateInstance signIn(@QueryParam("failed") boolean failed, @QueryParam("signed-out") boolean signedOut) {
        return Templates.signIn(failed, signedOut, organisation);
    }

    /** Reached once the organisation's provider has signed the editor in. */
    @GET
    @Path("sign-in/organisation")
    @Authenticated
    public Response signedInByOrganisation() {
        return Response.seeOther(URI.create("/editor/review")).build();
    }

    /** Signing out forgets the session cookie; the form carries a CSRF token like every other. */
    @POST
    @Path("sign-out")
    @Authenticated
    public Response signOut() {
        return Response.seeOther(URI.create("/sign-in?signed-out=true")).cookie(expired(cookieName), expired(ORGANISATION_SESSION)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true).build();
    }
}
