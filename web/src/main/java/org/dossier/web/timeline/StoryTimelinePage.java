package org.dossier.web.timeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dossier.core.story.Story;
import org.dossier.web.cache.RenderedPages;
import org.dossier.web.event.EventFilter;

/** One story's timeline: the timeline page with the story as a fixed filter. */
@Path("/stories/{slug}/timeline")
@Produces(MediaType.TEXT_HTML)
public class StoryTimelinePage {

    private final TimelinePage timeline;
    private final RenderedPages pages;

    StoryTimelinePage(TimelinePage timeline, RenderedPages pages) {
        this.timeline = timeline;
        this.pages = pages;
    }

    @GET
    public Response ofStory(@PathParam("slug") String slug, @QueryParam("actor") String actor, @QueryParam("kind") String kind,
            @QueryParam("place") String place, @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("lanes") String lanes, @QueryParam("selected") String selected, @Context Request request, @Context UriInfo uri) {
        EventFilter filter = EventFilter.parse(slug, actor, kind, place, from, to, q);
        return pages.html(request, "story-timeline:" + slug + "?" + uri.getRequestUri().getRawQuery(), () -> {
            Story story = Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
            return timeline.page(story, filter, lanes, selected);
        });
    }
}
