package org.dossier.web.source;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.page.PageRequest;

/** The sources (imported articles): a list, newest first, and each article with its metadata and facts marked. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Source> sources, PageRequest page, int pageCount, long total);

        static native TemplateInstance source(Source source, List<Story> stories, MarkedText text, int factCount);
    }

    private final SourceFacts sourceFacts;

    SourcePages(SourceFacts sourceFacts) {
        this.sourceFacts = sourceFacts;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        PageRequest request = PageRequest.of(page, null, 25);
        long total = Source.count();
        List<Source> sources = Source.findAll(Sort.descending("publishedAt", "id")).page(request.index(), request.size()).list();
        return Templates.list(sources, request, request.pageCount(total), total);
    }

    @GET
    @Path("{id}")
    public TemplateInstance source(@PathParam("id") long id) {
        Source source = Source.<Source>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No source " + id));
        List<Story> stories = Story.list("select st from Story st join st.sources s where s = ?1 order by st.title", source);
        List<FactSpan> facts = sourceFacts.of(source);
        return Templates.source(source, stories, MarkedText.of(source.body, facts), facts.size());
    }
}
