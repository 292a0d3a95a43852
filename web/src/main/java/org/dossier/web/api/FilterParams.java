package org.dossier.web.api;

import jakarta.ws.rs.QueryParam;
import org.dossier.web.event.EventFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The event filter's query parameters, shared by the event list, the timeline and the exports. */
public class FilterParams {

    @Parameter(description = "Story slug")
    @QueryParam("story")
    public String story;

    @Parameter(description = "Actor id: events it took part in")
    @QueryParam("actor")
    public String actor;

    @Parameter(description = "Event kind: meeting, statement, military_action, diplomatic_step, humanitarian, accusation, agreement, election, other")
    @QueryParam("kind")
    public String kind;

    @Parameter(description = "Place name")
    @QueryParam("place")
    public String place;

    @Parameter(description = "First day, YYYY-MM-DD")
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day, YYYY-MM-DD")
    @QueryParam("to")
    public String to;

    @Parameter(description = "Words, web search syntax")
    @QueryParam("q")
    public String q;

    public EventFilter parse() {
        return EventFilter.parse(story, actor, kind, place, from, to, q);
    }
}
