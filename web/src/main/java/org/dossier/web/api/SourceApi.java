package org.dossier.web.api;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.page.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Imported articles")
public class SourceApi {

    /** A source in a list: its metadata without the text. */
    public record SourceSummary(long id, String title, String outlet, String url, Instant publishedAt, Instant importedAt) {
        static SourceSummary of(Source source) {
            return new SourceSummary(source.id, source.title, source.outlet, source.url, source.publishedAt, source.importedAt);
        }
    }

    /** A source with its text and the stories it is filed under. */
    public record SourceDetail(long id, String title, String outlet, String url, String byline, String language,
            Instant publishedAt, Instant importedAt, String contentHash, List<String> stories, String text) {
    }

    public record SourcePage(List<SourceSummary> items, int page, int size, long total) {
    }

    @GET
    @Operation(summary = "Sources, newest publication first")
    public SourcePage list(@Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        List<SourceSummary> items = Source.<Source>findAll(Sort.descending("publishedAt", "id"))
                .page(request.index(), request.size()).stream().map(SourceSummary::of).toList();
        return new SourcePage(items, request.number(), request.size(), Source.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source with its full text")
    public SourceDetail get(@PathParam("id") long id) {
        Source source = Source.<Source>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No source " + id));
        List<String> stories = Story.<Story>list("select st from Story st join st.sources s where s = ?1 order by st.slug", source)
                .stream().map(st -> st.slug).toList();
        return new SourceDetail(source.id, source.title, source.outlet, source.url, source.byline, source.language,
                source.publishedAt, source.importedAt, source.contentHash, stories, source.body);
    }
}
