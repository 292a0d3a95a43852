package org.dossier.web.api;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Topics Dossier follows")
public class StoryApi {

    public record StorySummary(String slug, String title, String description, List<String> keywords) {
        static StorySummary of(Story story) {
            return new StorySummary(story.slug, story.title, story.description, List.copyOf(story.keywords));
        }
    }

    public record StoryDetail(StorySummary story, List<SourceApi.SourceSummary> sources) {
    }

    @GET
    @Operation(summary = "Every followed story, by title")
    public List<StorySummary> list() {
        return Story.<Story>listAll(Sort.by("title")).stream().map(StorySummary::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A story and its sources, newest first")
    public StoryDetail get(@PathParam("slug") String slug) {
        Story story = Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
        List<SourceApi.SourceSummary> sources = Source.<Source>list(
                "select s from Story st join st.sources s where st = ?1 order by s.publishedAt desc, s.id desc", story)
                .stream().map(SourceApi.SourceSummary::of).toList();
        return new StoryDetail(StorySummary.of(story), sources);
    }
}
