package org.dossier.web.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.dossier.core.event.Event;
import org.dossier.core.meeting.Meeting;
import org.dossier.core.story.Story;
import org.dossier.web.api.Json.ActorRef;
import org.dossier.web.api.Json.When;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.event.EventRow;
import org.dossier.web.evidence.EvidenceViews;
import org.dossier.web.page.PageRequest;
import org.dossier.web.reading.Readable;
import org.dossier.web.reading.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "What happened, when, with whom, and the evidence")
public class EventApi {

    public record EventSummary(long id, String kind, String summary, When happened, String place) {
        static EventSummary of(EventRow row) {
            return new EventSummary(row.id(), row.kind(), row.summary(), When.of(row.happened()), row.place());
        }
    }

    public record Participant(ActorRef actor, String role) {
    }

    public record MeetingPart(String format, String outcome) {
    }

    public record EventDetail(long id, String kind, String summary, When happened, Instant reportedAt, Instant recordedAt, String status,
            String place, List<Participant> participants, MeetingPart meeting, List<String> stories, List<Json.Evidence> evidence) {
    }

    private final EventListing listing;
    private final EvidenceViews evidence;
    private final Visibility visibility;

    EventApi(EventListing listing, EvidenceViews evidence, Visibility visibility) {
        this.listing = listing;
        this.evidence = evidence;
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "Events, newest first, filtered; a period keeps every event whose date overlaps it")
    public Json.Page<EventSummary> list(@BeanParam FilterParams filter,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        EventFilter parsed = filter.parse();
        List<EventSummary> items = listing.latestFirst(parsed, request.size(), (long) request.index() * request.size())
                .stream().map(EventSummary::of).toList();
        return new Json.Page<>(items, request.number(), request.size(), listing.count(parsed));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with its participants, meeting details, stories and evidence")
    public EventDetail get(@PathParam("id") long id) {
        Event event = Readable.orNotFound(Event.findByIdOptional(id), (Event e) -> e.status, visibility, "event " + id);
        MeetingPart meeting = Meeting.findFor(event)
                .map(m -> new MeetingPart(m.format.code(), m.outcome)).orElse(null);
        List<String> stories = Story.<Story>list("select st from Story st join st.events e where e = ?1 order by st.slug", event)
                .stream().map(st -> st.slug).toList();
        List<Participant> participants = event.participants.stream().map(p -> new Participant(ActorRef.of(p.actor), p.role.code())).toList();
        return new EventDetail(event.id, event.kind.code(), event.summary, When.of(event.happened), event.reportedAt, event.createdAt,
                event.status.code(), event.place == null ? null : event.place.name, participants, meeting, stories,
                Json.Evidence.of(evidence.ofEvent(id)));
    }
}
