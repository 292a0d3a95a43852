package org.dossier.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
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
import java.time.Instant;
import java.util.List;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.time.FuzzyDate;

/**
 * Correcting an event: summary, kind, and when it happened at the precision known. Two editors
 * saving the same event: the second sees both versions side by side and can apply theirs again on
 * top of the first; nothing is overwritten silently.
 */
@Path("/editor/events/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class EventEditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Event event, EventEdit edit, EventKind[] kinds, String problem);

        static native TemplateInstance conflict(Event event, EventEdit stored, EventEdit yours, EventKind[] kinds);

        static native TemplateInstance history(Event event, List<EventHistory.Change> changes);
    }

    private final EventHistory history;

    EventEditPage(EventHistory history) {
        this.history = history;
    }

    @GET
    @Path("history")
    public TemplateInstance history(@PathParam("id") long id) {
        Event event = find(id);
        List<EventHistory.Change> changes = new java.util.ArrayList<>(history.of(id));
        java.util.Collections.reverse(changes);
        return Templates.history(event, changes);
    }

    /** Puts back the summary, kind, date and status the event had at a revision, as a new change. */
    @POST
    @Path("history/{revision}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revert(@PathParam("id") long id, @PathParam("revision") long revision, @FormParam("version") int version) {
        Event event = find(id);
        if (event.version != version) {
            return Response.seeOther(URI.create("/editor/events/" + id + "/history?changed=true")).build();
        }
        Event then = history.at(id, revision);
        if (then == null) {
            throw new NotFoundException("Event " + id + " has no revision " + revision);
        }
        event.summary = then.summary;
        event.kind = then.kind;
        event.happened = then.happened;
        event.status = then.status;
        event.editedAt = Instant.now();
        return Response.seeOther(URI.create("/editor/events/" + id + "/history")).build();
    }

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        Event event = find(id);
        return Templates.edit(event, EventEdit.of(event), EventKind.values(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("id") long id, @FormParam("summary") String summary, @FormParam("kind") String kind,
            @FormParam("when") String when, @FormParam("version") int version) {
        Event event = find(id);
        EventEdit yours = new EventEdit(summary == null ? "" : summary.strip(), kind, when == null ? "" : when.strip(), version);
        if (event.version != version) {
            return FormPages.html(Response.Status.CONFLICT, Templates.conflict(event, EventEdit.of(event), yours.onto(event.version), EventKind.values()));
        }
        String problem = apply(event, yours);
        if (problem != null) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(event, yours, EventKind.values(), problem));
        }
        return Response.seeOther(URI.create("/editor/review?done=edited-1")).build();
    }

    /** Applies the edit, or says what is wrong with it. */
    private static String apply(Event event, EventEdit edit) {
        if (edit.summary().isBlank()) {
            return "The summary cannot be empty.";
        }
        EventKind kind;
        FuzzyDate happened;
        try {
            kind = CodedEnum.fromCode(EventKind.class, edit.kind() == null ? "" : edit.kind());
            happened = FuzzyDate.ofTimexValue(edit.when());
        } catch (IllegalArgumentException e) {
            return "When must be a day (2016-10-14), week (2016-W41), month (2016-10), quarter (2016-Q4) or year (2016), not '"
                    + edit.when() + "'.";
        }
        event.summary = edit.summary();
        event.kind = kind;
        event.happened = happened;
        event.editedAt = Instant.now();
        return null;
    }

    private static Event find(long id) {
        return Event.<Event>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No event " + id));
    }
}
