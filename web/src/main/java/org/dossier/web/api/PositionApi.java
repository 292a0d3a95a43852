package org.dossier.web.api;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.statement.Position;
import org.dossier.web.api.Json.ActorRef;
import org.dossier.web.api.Json.When;
import org.dossier.web.page.PageRequest;
import org.dossier.web.page.Params;
import org.dossier.web.reading.JpqlConditions;
import org.dossier.web.reading.StoryScope;
import org.dossier.web.reading.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Where actors stand on issues, and since when")
public class PositionApi {

    public record PositionJson(long id, ActorRef actor, String issue, String stance, When since, Long statementId, String status) {
        static PositionJson of(Position p) {
            return new PositionJson(p.id, ActorRef.of(p.actor), p.issue, p.stance.code(), When.of(p.since),
                    p.statement == null ? null : p.statement.id, p.status.code());
        }
    }

    private final Visibility visibility;

    PositionApi(Visibility visibility) {
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "Positions in the order they were taken, so changes read top to bottom")
    public Json.Page<PositionJson> list(@Parameter(description = "Story slug") @QueryParam("story") String story,
            @Parameter(description = "Actor id") @QueryParam("actor") String actor,
            @Parameter(description = "Issue, exactly as listed") @QueryParam("issue") String issue,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        JpqlConditions where = JpqlConditions.visible("p", visibility)
                .and(Params.id("actor", actor), "p.actor.id = :actor", "actor")
                .and(Params.text(issue), "p.issue = :issue", "issue")
                .inStory(Params.text(story), StoryScope.evidencedIn("position", "p"));
        var query = Position.<Position>find("from Position p where " + where.where() + " order by p.since.start, p.id", where.parameters());
        List<PositionJson> items = query.page(Page.of(request.index(), request.size())).list().stream().map(PositionJson::of).toList();
        return new Json.Page<>(items, request.number(), request.size(), query.count());
    }
}
