package org.dossier.web.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.dossier.core.story.Story;
import org.dossier.web.cache.RenderedPages;

/** A story's briefing: what happened lately, who is who, who stands where, and the sources. */
@Path("/stories")
@Produces(MediaType.TEXT_HTML)
public class BriefingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance briefing(Briefing briefing);
    }

    private final Briefings briefings;
    private final RenderedPages pages;

    BriefingPage(Briefings briefings, RenderedPages pages) {
        this.briefings = briefings;
        this.pages = pages;
    }

    @GET
    @Path("{slug}")
    public Response briefing(@PathParam("slug") String slug, @jakarta.ws.rs.core.Context Request request) {
        return pages.html(request, "briefing:" + slug, () -> {
            Story story = Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
            return Templates.briefing(briefings.of(story));
        });
    }
}
