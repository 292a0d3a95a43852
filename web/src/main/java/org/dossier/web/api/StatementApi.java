package org.dossier.web.api;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.statement.Statement;
import org.dossier.web.api.Json.ActorRef;
import org.dossier.web.api.Json.When;
import org.dossier.web.evidence.EvidenceViews;
import org.dossier.web.page.PageRequest;
import org.dossier.web.page.Params;
import org.dossier.web.reading.JpqlConditions;
import org.dossier.web.reading.Readable;
import org.dossier.web.reading.StoryScope;
import org.dossier.web.reading.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Direct and reported speech, with the speaker and the evidence")
public class StatementApi {

    public record StatementJson(long id, ActorRef speaker, String content, boolean direct, String cue, When said, String status,
            Long eventId, List<Json.Evidence> evidence) {
        static StatementJson of(Statement s, List<Json.Evidence> evidence) {
            return new StatementJson(s.id, ActorRef.of(s.speaker), s.content, s.direct, s.cueVerb, When.of(s.said), s.status.code(),
                    s.event == null ? null : s.event.id, evidence);
        }
    }

    private final Visibility visibility;
    private final EvidenceViews evidence;

    StatementApi(Visibility visibility, EvidenceViews evidence) {
        this.visibility = visibility;
        this.evidence = evidence;
    }

    @GET
    @Operation(summary = "Statements, newest first; evidence is given on each statement's own resource")
    public Json.Page<StatementJson> list(@Parameter(description = "Story slug") @QueryParam("story") String story,
            @Parameter(description = "Speaker's actor id") @QueryParam("speaker") String speaker,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        JpqlConditions where = JpqlConditions.visible("s", visibility)
                .and(Params.id("speaker", speaker), "s.speaker.id = :speaker", "speaker")
                .inStory(Params.text(story), StoryScope.evidencedIn("statement", "s"));
        var query = Statement.<Statement>find("from Statement s where " + where.where() + " order by s.id desc", where.parameters());
        List<StatementJson> items = query.page(Page.of(request.index(), request.size())).list().stream().map(s -> StatementJson.of(s, null)).toList();
        return new Json.Page<>(items, request.number(), request.size(), query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One statement with its evidence")
    public StatementJson get(@PathParam("id") long id) {
        Statement statement = Readable.orNotFound(Statement.findByIdOptional(id), (Statement s) -> s.status, visibility, "statement " + id);
        return StatementJson.of(statement, Json.Evidence.of(evidence.ofStatement(id)));
    }
}
