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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.ActorRole;

/**
 * Correcting a title an actor held: the title as worded, for whom ("Foreign Minister" of Russia),
 * and from when to when, where known. Saving over someone else's change is refused with both
 * versions shown.
 */
@Path("/editor/roles/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class RoleEditPage {

    /** The editor's version of a title; dates as typed (ISO days), empty when unknown. */
    public record RoleEdit(String title, String affiliation, String from, String until, int version) {
        static RoleEdit of(ActorRole role) {
            return new RoleEdit(role.title, role.affiliation == null ? "" : role.affiliation.canonicalName,
                    role.validFrom == null ? "" : role.validFrom.toString(), role.validTo == null ? "" : role.validTo.toString(), role.version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ActorRole role, RoleEdit edit, RoleEdit stored, String problem);
    }

    private final ActorDirectory actors;

    RoleEditPage(ActorDirectory actors) {
        this.actors = actors;
    }

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        ActorRole role = find(id);
        return Templates.edit(role, RoleEdit.of(role), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("id") long id, @FormParam("title") String title, @FormParam("affiliation") String affiliation,
            @FormParam("from") String from, @FormParam("until") String until, @FormParam("version") int version) {
        ActorRole role = find(id);
        RoleEdit yours = new RoleEdit(FormPages.strip(title), FormPages.strip(affiliation), FormPages.strip(from), FormPages.strip(until), version);
        if (role.version != version) {
            return FormPages.html(Response.Status.CONFLICT, Templates.edit(role, onto(yours, role.version), RoleEdit.of(role),
                    "Someone saved this title meanwhile: theirs is shown beside yours. Save again to apply yours on top."));
        }
        String problem = apply(role, yours);
        if (problem != null) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(role, yours, null, problem));
        }
        return Response.seeOther(URI.create("/editor/review?done=edited-1")).build();
    }

    private String apply(ActorRole role, RoleEdit edit) {
        if (edit.title().isEmpty()) {
            return "The title cannot be empty.";
        }
        LocalDate validFrom;
        LocalDate validTo;
        try {
            validFrom = edit.from().isEmpty() ? null : LocalDate.parse(edit.from());
            validTo = edit.until().isEmpty() ? null : LocalDate.parse(edit.until());
        } catch (DateTimeParseException e) {
            return "From and until are days (2016-10-14), or empty when not known.";
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            return "A title cannot end before it starts.";
        }
        role.title = edit.title();
        // Titles are held for countries and organisations: a name nobody is known by becomes a new organisation.
        role.affiliation = edit.affiliation().isEmpty() ? null : actors.resolveAnyOrCreate(edit.affiliation(), ActorKind.ORGANISATION);
        role.validFrom = validFrom;
        role.validTo = validTo;
        return null;
    }

    private static RoleEdit onto(RoleEdit edit, int version) {
        return new RoleEdit(edit.title(), edit.affiliation(), edit.from(), edit.until(), version);
    }

    private static ActorRole find(long id) {
        return ActorRole.<ActorRole>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No title " + id));
    }
}
