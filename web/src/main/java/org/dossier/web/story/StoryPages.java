package org.dossier.web.story;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;

/** A followed story and the sources filed under it, newest first. */
@Path("/stories")
@Produces(MediaType.TEXT_HTML)
public class StoryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance story(Story story, List<Source> sources);
    }

    @GET
    @Path("{slug}")
    public TemplateInstance story(@PathParam("slug") String slug) {
        Story story = Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
        List<Source> sources = Source.list("select s from Story st join st.sources s where st = ?1 order by s.publishedAt desc, s.id desc", story);
        return Templates.story(story, sources);
    }
}
