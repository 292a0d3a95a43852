package org.dossier.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.dossier.core.actor.EstablishedOrganisations;
import org.dossier.web.account.SignedInEditor;

/**
 * The one-word organisations imported articles established ("shipping company Norvanta"), which
 * later articles are read with, each with the article that first did. An editor withdraws a wrong
 * one, so that it is no longer recognised, and may restore it.
 */
@Path("/editor/known-organisations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class KnownOrganisationsPage {

    private static final URI PAGE = URI.create("/editor/known-organisations");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<EstablishedOrganisations.Established> names);
    }

    private final SignedInEditor editor;

    KnownOrganisationsPage(SignedInEditor editor) {
        this.editor = editor;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(EstablishedOrganisations.all());
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response withdraw(@FormParam("name") String name) {
        if (name == null || !EstablishedOrganisations.withdraw(name, editor.name().orElseThrow())) {
            throw notEstablished(name);
        }
        return Response.seeOther(PAGE).build();
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response restore(@FormParam("name") String name) {
        if (name == null || !EstablishedOrganisations.restore(name)) {
            throw notEstablished(name);
        }
        return Response.seeOther(PAGE).build();
    }

    private static NotFoundException notEstablished(String name) {
        return new NotFoundException("No organisation was established as '" + name + "'");
    }
}
