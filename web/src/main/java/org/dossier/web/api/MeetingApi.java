package org.dossier.web.api;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.meeting.Meeting;
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

@Path("/api/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Talks, summits, conferences: what, where, when, who took part")
public class MeetingApi {

    public record MeetingJson(long id, long eventId, String format, String summary, When happened, String place, List<ActorRef> participants,
            String outcome) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id, m.event.id, m.format.code(), m.event.summary, When.of(m.event.happened),
                    m.event.place == null ? null : m.event.place.name,
                    m.event.participants.stream().map(p -> ActorRef.of(p.actor)).toList(), m.outcome);
        }
    }

    private final Visibility visibility;

    MeetingApi(Visibility visibility) {
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "Meetings, newest first; details and evidence at /api/events/{eventId}")
    public Json.Page<MeetingJson> list(@Parameter(description = "Story slug") @QueryParam("story") String story,
            @Parameter(description = "Actor id of a participant") @QueryParam("actor") String actor,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        JpqlConditions where = JpqlConditions.visible("e", visibility)
                .and(Params.id("actor", actor), "exists (select 1 from Event pe join pe.participants p where pe = e and p.actor.id = :actor)", "actor")
                .inStory(Params.text(story), "e.id in " + StoryScope.EVENTS);
        var query = Meeting.<Meeting>find("select m from Meeting m join m.event e where " + where.where() + " order by e.happened.start desc, m.id desc",
                where.parameters());
        List<MeetingJson> items = query.page(Page.of(request.index(), request.size())).list().stream().map(MeetingJson::of).toList();
        long total = Meeting.count("select count(m) from Meeting m join m.event e where " + where.where(), where.parameters());
        return new Json.Page<>(items, request.number(), request.size(), total);
    }
}
