package org.dossier.web.editor.history;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.core.database.CodedEnum;
import org.dossier.web.editor.FactType;

/**
 * Every fact's history, newest change first, as a readable diff; any earlier revision can be put
 * back, which is itself recorded as a change. A revert of a fact that changed since the page was
 * shown is refused, like any other save over someone else's work.
 */
@Path("/editor/history/{type}/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class HistoryPage {

    /** The fact whose history is shown. */
    public record Subject(String type, long id, String name, String editPath, String readerPath, int version) {
        public String path() {
            return "/editor/history/" + type + "/" + id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(Subject fact, List<FactHistory.Change> changes, boolean changedMeanwhile);
    }

    private static final RecordedFact<?> EVENTS = new RecordedEvent();
    private static final RecordedFact<?> STATEMENTS = new RecordedStatement();
    private static final RecordedFact<?> POSITIONS = new RecordedPosition();
    private static final RecordedFact<?> ROLES = new RecordedRole();

    private final FactHistory history;

    HistoryPage(FactHistory history) {
        this.history = history;
    }

    @GET
    public TemplateInstance show(@PathParam("type") String type, @PathParam("id") long id, @jakarta.ws.rs.QueryParam("changed") boolean changed) {
        return page(recorded(type), type, id, changed);
    }

    @POST
    @Path("{revision}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revert(@PathParam("type") String type, @PathParam("id") long id, @PathParam("revision") long revision,
            @FormParam("version") int version) {
        return revert(recorded(type), type, id, revision, version);
    }

    private <T> TemplateInstance page(RecordedFact<T> kind, String type, long id, boolean changed) {
        T fact = find(kind, id);
        List<FactHistory.Change> changes = new ArrayList<>(history.of(kind, id));
        Collections.reverse(changes);
        return Templates.history(subject(kind, type, id, fact), changes, changed);
    }

    private <T> Response revert(RecordedFact<T> kind, String type, long id, long revision, int version) {
        T fact = find(kind, id);
        String page = "/editor/history/" + type + "/" + id;
        if (kind.version(fact) != version) {
            return Response.seeOther(URI.create(page + "?changed=true")).build();
        }
        T then = history.at(kind, id, revision);
        if (then == null) {
            throw new NotFoundException("This fact has no revision " + revision);
        }
        kind.restoreAt(fact, then, revision);
        return Response.seeOther(URI.create(page)).build();
    }

    private static <T> Subject subject(RecordedFact<T> kind, String type, long id, T fact) {
        return new Subject(type, id, kind.name(fact), kind.editPath(id), kind.readerPath(id).orElse(null), kind.version(fact));
    }

    private static <T> T find(RecordedFact<T> kind, long id) {
        T fact = Panache.getEntityManager().find(kind.type(), id);
        if (fact == null) {
            throw new NotFoundException("No such fact: " + id);
        }
        return fact;
    }

    private static RecordedFact<?> recorded(String type) {
        FactType factType;
        try {
            factType = CodedEnum.fromCode(FactType.class, type);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No history for '" + type + "'");
        }
        return switch (factType) {
            case EVENT -> EVENTS;
            case STATEMENT -> STATEMENTS;
            case POSITION -> POSITIONS;
            case ROLE -> ROLES;
        };
    }
}
