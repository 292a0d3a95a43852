package org.dossier.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.core.story.Story;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.event.EventRow;
import org.dossier.web.export.CalendarExport;
import org.dossier.web.export.CsvExport;
import org.dossier.web.export.TimelineJsExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A story's events for other tools: spreadsheets, TimelineJS, calendars. Oldest first. */
@Path("/api/stories/{slug}")
@Tag(name = "Stories")
public class StoryExportApi {

    /** Exports stop here; a story with more events is asked for in windows through /api/events. */
    static final int MAX_EVENTS = 20_000;

    private final EventListing listing;
    private final org.dossier.web.pdf.BriefingPdfs pdfs;

    StoryExportApi(EventListing listing, org.dossier.web.pdf.BriefingPdfs pdfs) {
        this.listing = listing;
        this.pdfs = pdfs;
    }

    @GET
    @Path("events.csv")
    @Produces("text/csv")
    @Operation(summary = "The story's events as CSV")
    public Response csv(@PathParam("slug") String slug, @Context UriInfo uri) {
        Story story = story(slug);
        return download(CsvExport.of(events(story), base(uri)), "text/csv; charset=UTF-8", slug + "-events.csv");
    }

    @GET
    @Path("events.ics")
    @Produces("text/calendar")
    @Operation(summary = "The story's events as an iCalendar feed")
    public Response calendar(@PathParam("slug") String slug, @Context UriInfo uri) {
        Story story = story(slug);
        return download(CalendarExport.of(story.title, events(story), base(uri), Instant.now()), "text/calendar; charset=UTF-8", slug + ".ics");
    }

    @GET
    @Path("timelinejs.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The story's events in TimelineJS's JSON format")
    public Map<String, Object> timelineJs(@PathParam("slug") String slug, @Context UriInfo uri) {
        Story story = story(slug);
        return TimelineJsExport.of(story.title, story.description, events(story), base(uri));
    }

    @GET
    @Path("versions/{number}.pdf")
    @Produces("application/pdf")
    @io.smallrye.common.annotation.Blocking
    @Operation(summary = "A published version of the story's briefing as PDF")
    public java.util.concurrent.CompletionStage<Response> briefingPdf(@PathParam("slug") String slug, @PathParam("number") int number) {
        return pdfs.published(slug, number);
    }

    @GET
    @Path("draft.pdf")
    @Produces("application/pdf")
    @io.smallrye.common.annotation.Blocking
    @jakarta.annotation.security.RolesAllowed("editor")
    @Operation(summary = "The current draft of the story's briefing as PDF, for editors")
    public java.util.concurrent.CompletionStage<Response> draftPdf(@PathParam("slug") String slug) {
        return pdfs.draft(slug);
    }

    private List<EventRow> events(Story story) {
        return listing.chronological(EventFilter.none().withStory(story.slug), MAX_EVENTS, 0);
    }

    private static Story story(String slug) {
        return Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Response download(String body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
