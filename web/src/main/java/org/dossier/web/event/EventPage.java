package org.dossier.web.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;
import org.dossier.web.evidence.EvidenceView;
import org.dossier.web.evidence.EvidenceViews;
import org.dossier.web.reading.Readable;
import org.dossier.web.reading.Visibility;

/** One event (a meeting is an event with a format and an outcome), with everything that supports it. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(Event event, Meeting meeting, List<Story> stories, List<Statement> statements,
                List<EvidenceView> evidence);
    }

    private final Visibility visibility;
    private final EvidenceViews evidence;

    EventPage(Visibility visibility, EvidenceViews evidence) {
        this.visibility = visibility;
        this.evidence = evidence;
    }

    /** A merged event's address stays valid: it moves, permanently, to the event it became part of. */
    @GET
    @Path("{id}")
    public jakarta.ws.rs.core.Response event(@PathParam("id") long id) {
        java.util.Optional<Event> merged = Event.<Event>findByIdOptional(id).filter(e -> e.mergedInto != null);
        if (merged.isPresent()) {
            return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create("/events/" + merged.get().mergedInto.id)).build();
        }
        return jakarta.ws.rs.core.Response.ok(page(id), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private TemplateInstance page(long id) {
        Event event = Readable.orNotFound(Event.findByIdOptional(id), (Event e) -> e.status, visibility, "event " + id);
        Meeting meeting = Meeting.findFor(event).orElse(null);
        List<Story> stories = Story.list("select st from Story st join st.events e where e = ?1 order by st.title", event);
        List<Statement> statements = Statement.list("event = ?1 and status in ?2 order by id", event, visibility.statuses());
        return Templates.event(event, meeting, stories, statements, evidence.ofEvent(id));
    }
}
