package org.dossier.web.actor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.dossier.core.actor.Actor;

/** An actor: titles over time, what it said, where it stands and how that changed, where it met. */
@Path("/actors")
@Produces(MediaType.TEXT_HTML)
public class ActorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actor(ActorProfile profile);
    }

    private final ActorProfiles profiles;

    ActorPage(ActorProfiles profiles) {
        this.profiles = profiles;
    }

    /** A merged actor's address stays valid: it moves, permanently, to the actor it became part of. */
    @GET
    @Path("{id}")
    public Response actor(@PathParam("id") long id) {
        Actor actor = Actor.<Actor>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No actor " + id));
        if (actor.isMerged()) {
            Actor survivor = actor.mergedInto;
            while (survivor.isMerged()) {
                survivor = survivor.mergedInto;
            }
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/actors/" + survivor.id)).build();
        }
        return Response.ok(Templates.actor(profiles.of(actor)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
