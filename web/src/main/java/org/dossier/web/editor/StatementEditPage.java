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
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.statement.Statement;

/**
 * Correcting a statement: who said it (the commonest extraction mistake), what, and how. Saving
 * over someone else's change is refused with both versions shown.
 */
@Path("/editor/statements/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class StatementEditPage {

    /** The editor's version of a statement. */
    public record StatementEdit(String speaker, String content, boolean direct, String cue, int version) {
        static StatementEdit of(Statement s) {
            return new StatementEdit(s.speaker == null ? "" : s.speaker.canonicalName, s.content, s.direct, s.cueVerb == null ? "" : s.cueVerb, s.version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Statement statement, StatementEdit edit, StatementEdit stored, String problem);
    }

    private final ActorDirectory actors;

    StatementEditPage(ActorDirectory actors) {
        this.actors = actors;
    }

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        Statement statement = find(id);
        return Templates.edit(statement, StatementEdit.of(statement), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("id") long id, @FormParam("speaker") String speaker, @FormParam("content") String content,
            @FormParam("direct") boolean direct, @FormParam("cue") String cue, @FormParam("version") int version) {
        Statement statement = find(id);
        StatementEdit yours = new StatementEdit(FormPages.strip(speaker), FormPages.strip(content), direct, FormPages.strip(cue), version);
        if (statement.version != version) {
            StatementEdit stored = StatementEdit.of(statement);
            return FormPages.html(Response.Status.CONFLICT, Templates.edit(statement, new StatementEdit(yours.speaker(), yours.content(), direct, yours.cue(),
                    statement.version), stored, "Someone saved this statement meanwhile: theirs is shown beside yours. Save again to apply yours on top."));
        }
        if (yours.content().isEmpty() || yours.speaker().isEmpty()) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(statement, yours, null, "A statement needs a speaker and what was said."));
        }
        statement.speaker = actors.resolveAnyOrCreate(yours.speaker(), ActorKind.PERSON);
        statement.content = yours.content();
        statement.direct = direct;
        statement.cueVerb = yours.cue().isEmpty() ? null : yours.cue();
        statement.editedAt = Instant.now();
        return Response.seeOther(URI.create("/editor/review?done=edited-1")).build();
    }

    private static Statement find(long id) {
        return Statement.<Statement>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No statement " + id));
    }
}
