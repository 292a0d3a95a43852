package org.dossier.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.event.EventKind;
import org.dossier.core.story.Story;

/** Search across events, statements, actors and sources, with filters, ranked, a page at a time. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchRequest request, Search.Results results, int pageCount, List<Story> stories,
                EventKind[] kinds, SearchHit.Type[] types, String query);
    }

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("kind") String kind,
            @QueryParam("actor") String actor, @QueryParam("story") String story, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page) {
        SearchRequest request = SearchRequest.parse(q, type, kind, actor, story, from, to, page);
        Search.Results results = request.isEmpty() ? new Search.Results(List.of(), 0) : search.run(request);
        return Templates.search(request, results, request.page().pageCount(results.total()), Story.listAll(), EventKind.values(),
                SearchHit.Type.values(), queryWithoutPage(q, type, kind, actor, story, from, to));
    }

    /** The search as a query string without its page number, for the pager's links. */
    private static String queryWithoutPage(String... values) {
        String[] names = {"q", "type", "kind", "actor", "story", "from", "to"};
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(names[i]).append('=')
                        .append(java.net.URLEncoder.encode(values[i].strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
