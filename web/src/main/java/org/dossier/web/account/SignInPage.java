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
 * keeps the session in an encrypted cookie that expires after a period without requests.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut);
    }

    private final String cookieName;

    SignInPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.cookieName = cookieName;
    }

    @GET
    @Path("sign-in")
    public TemplateInstance signIn(@QueryParam("failed") boolean failed, @QueryParam("signed-out") boolean signedOut) {
        return Templates.signIn(failed, signedOut);
    }

    /** Signing out forgets the session cookie; the form carries a CSRF token like every other. */
    @POST
    @Path("sign-out")
    @Authenticated
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(cookieName).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/sign-in?signed-out=true")).cookie(expired).build();
    }
}
