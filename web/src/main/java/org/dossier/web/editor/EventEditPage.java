package org.dossier.web.editor;

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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.event.Participant;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.time.FuzzyDate;

/**
 * Correcting an event: summary, kind, when it happened at the precision known, who took part and, for a
 * meeting, what came of it. Two editors saving the same event: the second sees both versions side by
 * side and can apply theirs again on top of the first; nothing is overwritten silently.
 */
@Path("/editor/events/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class EventEditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Event event, EventEdit edit, EventKind[] kinds, String problem);

        static native TemplateInstance conflict(Event event, EventEdit stored, EventEdit yours, EventKind[] kinds);
    }

    private final ActorDirectory actors;

    EventEditPage(ActorDirectory actors) {
        this.actors = actors;
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
            @FormParam("when") String when, @FormParam("participants") String participants, @FormParam("outcome") String outcome,
            @FormParam("version") int version) {
        Event event = find(id);
        Optional<Meeting> meeting = Meeting.findFor(event);
        EventEdit yours = new EventEdit(FormPages.strip(summary), kind, FormPages.strip(when), participants == null ? null : participants.strip(),
                outcome == null ? null : outcome.strip(), meeting.isPresent(), version);
        if (event.version != version) {
            return FormPages.html(Response.Status.CONFLICT, Templates.conflict(event, EventEdit.of(event), yours.onto(event.version), EventKind.values()));
        }
        String problem = apply(event, yours);
        if (problem != null) {
            return FormPages.html(Response.Status.BAD_REQUEST, Templates.edit(event, yours, EventKind.values(), problem));
        }
        // Sent only by a meeting's form; left out, the outcome stays as it is.
        if (outcome != null) {
            meeting.ifPresent(m -> m.outcome = yours.outcome().isEmpty() ? null : yours.outcome());
        }
        return Response.seeOther(URI.create("/editor/review?done=edited-1")).build();
    }

    /** Applies the edit, or says what is wrong with it. */
    private String apply(Event event, EventEdit edit) {
        if (edit.summary().isBlank()) {
            return "The summary cannot be empty.";
        }
        EventKind kind;
        FuzzyDate happened;
        List<ParticipantLines.Line> lines;
        try {
            kind = CodedEnum.fromCode(EventKind.class, edit.kind() == null ? "" : edit.kind());
            happened = FuzzyDate.ofTimexValue(edit.when());
        } catch (IllegalArgumentException e) {
            return "When must be a day (2016-10-14), week (2016-W41), month (2016-10), quarter (2016-Q4) or year (2016), not '"
                    + edit.when() + "'.";
        }
        try {
            lines = edit.participants() == null ? null : ParticipantLines.read(edit.participants());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        event.summary = edit.summary();
        event.kind = kind;
        event.happened = happened;
        if (lines != null) {
            replaceParticipants(event, lines);
        }
        event.editedAt = Instant.now();
        return null;
    }

    /** Keeps the participants still named and adds the new ones; a name nobody is known by becomes a new person. */
    private void replaceParticipants(Event event, List<ParticipantLines.Line> lines) {
        Set<Participant> named = new LinkedHashSet<>();
        for (ParticipantLines.Line line : lines) {
            Actor actor = actors.resolveAnyOrCreate(line.name(), ActorKind.PERSON);
            named.add(new Participant(actor, line.role()));
        }
        event.participants.retainAll(named);
        event.participants.addAll(named);
    }

    private static Event find(long id) {
        return Event.<Event>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No event " + id));
    }
}
