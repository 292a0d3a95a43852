package org.dossier.web.account;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Admins add editors, give or take the admin role, and deactivate accounts. */
@Path("/admin/editors")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class EditorsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editors(List<Account> accounts, String problem);
    }

    @GET
    public TemplateInstance list() {
        return Templates.editors(Account.listAll(Sort.by("username")), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("admin") boolean admin) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{2,40}")) {
            throw new BadRequestException("A username is 2 to 40 letters, digits, dots, dashes or underscores");
        }
        if (Account.findByUsername(username).isPresent()) {
            throw new BadRequestException("There is already an account '" + username.strip() + "'");
        }
        Set<String> roles = new LinkedHashSet<>(List.of(Account.EDITOR));
        if (admin) {
            roles.add(Account.ADMIN);
        }
        try {
            Account.of(username, displayName == null ? "" : displayName, password, roles).persist();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/admin/editors")).build();
    }

    @POST
    @Path("{id}/deactivate")
    @Transactional
    public Response deactivate(@PathParam("id") long id) {
        Account account = Account.<Account>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No account " + id));
        account.active = false;
        return Response.seeOther(URI.create("/admin/editors")).build();
    }
}
