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
import java.time.Instant;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Stance;

/** Correcting a position: the stance and the issue as worded. Saving over someone else's change is refused. */
@Path("/editor/positions/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class PositionEditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Position position, Stance[] stances, String stance, String issue, int version, String problem);
    }

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        Position position = find(id);
        return Templates.edit(position, Stance.values(), position.stance.code(), position.issue, position.version, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("id") long id, @FormParam("stance") String stance, @FormParam("issue") String issue,
            @FormParam("version") int version) {
        Position position = find(id);
        String wording = FormPages.strip(issue);
        if (position.version != version) {
            return FormPages.html(Response.Status.CONFLICT, Templates.edit(position, Stance.values(), stance, wording, position.version,
                    "Someone saved this position meanwhile (now: " + position.stance.code() + " " + position.issue + "). Save again to apply yours on top."));
        }
        Stance chosen;
        try {
            chosen = CodedEnum.fromCode(Stance.class, stance == null ? "" : stance);
        } catch (IllegalArgumentException e) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(position, Stance.values(), stance, wording, version, e.getMessage()));
        }
        if (wording.isEmpty()) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(position, Stance.values(), stance, wording, version, "The issue cannot be empty."));
        }
        position.stance = chosen;
        position.issue = wording;
        position.editedAt = Instant.now();
        return Response.seeOther(URI.create("/editor/review?done=edited-1")).build();
    }

    private static Position find(long id) {
        return Position.<Position>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No position " + id));
    }
}
