package org.dossier.web.statement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.web.evidence.EvidenceView;
import org.dossier.web.evidence.EvidenceViews;
import org.dossier.web.reading.Readable;
import org.dossier.web.reading.Visibility;

/** One statement: who said it, how, when, and the sentence it was read from. */
@Path("/statements")
@Produces(MediaType.TEXT_HTML)
public class StatementPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(Statement statement, List<Position> positions, List<EvidenceView> evidence);
    }

    private final Visibility visibility;
    private final EvidenceViews evidence;

    StatementPage(Visibility visibility, EvidenceViews evidence) {
        this.visibility = visibility;
        this.evidence = evidence;
    }

    @GET
    @Path("{id}")
    public TemplateInstance statement(@PathParam("id") long id) {
        Statement statement = Readable.orNotFound(Statement.findByIdOptional(id), (Statement s) -> s.status, visibility, "statement " + id);
        List<Position> positions = Position.list("statement = ?1 and status in ?2 order by id", statement, visibility.statuses());
        return Templates.statement(statement, positions, evidence.ofStatement(id));
    }
}
