package org.dossier.web.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.event.EventKind;
import org.dossier.core.place.Place;
import org.dossier.core.story.Story;
import org.dossier.core.time.FuzzyDate;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.cache.RenderedPages;
import org.dossier.web.page.Params;

/**
 * The interactive timeline, for one story or for everything. The server renders the first window
 * as a list (the page works without JavaScript); the script draws it with vis-timeline and asks
 * /api/timeline for each window the reader pans or zooms to.
 */
@Path("/timeline")
@Produces(MediaType.TEXT_HTML)
public class TimelinePage {

    /** A filter choice in a select: the value sent and the words shown. */
    public record Choice(String value, String label) {
    }

    /** What the page shows around the timeline. */
    public record View(Story story, EventFilter filter, Lanes lanes, TimelineWindow window, String config, List<Choice> actors,
            List<Choice> places, List<Story> stories, EventKind[] kinds, Lanes[] laneKinds, String selected) {

        /** The filter as query parameters, to show what is chosen. */
        public Map<String, String> params() {
            return filter.asParameters();
        }

        /** A link to this view narrowed to one period. */
        public String narrowedTo(LocalDate from, LocalDate to) {
            Map<String, String> p = new LinkedHashMap<>(filter.asParameters());
            p.remove("story");
            p.put("from", from.toString());
            p.put("to", to.toString());
            p.put("lanes", lanes.code());
            return path() + "?" + String.join("&", p.entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).toList())
                    + (story == null ? filter.story().map(s -> "&story=" + s).orElse("") : "");
        }

        public String path() {
            return story == null ? "/timeline" : "/stories/" + story.slug + "/timeline";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(View view);
    }

    private final TimelineWindows windows;
    private final EventListing listing;
    private final TimelineChoices choices;
    private final ObjectMapper json;
    private final RenderedPages pages;

    TimelinePage(TimelineWindows windows, EventListing listing, TimelineChoices choices, ObjectMapper json, RenderedPages pages) {
        this.pages = pages;
        this.windows = windows;
        this.listing = listing;
        this.choices = choices;
        this.json = json;
    }

    @GET
    public Response everything(@QueryParam("story") String story, @QueryParam("actor") String actor, @QueryParam("kind") String kind,
            @QueryParam("place") String place, @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("lanes") String lanes, @QueryParam("selected") String selected, @Context Request request, @Context UriInfo uri) {
        EventFilter filter = EventFilter.parse(story, actor, kind, place, from, to, q);
        return pages.html(request, "timeline?" + uri.getRequestUri().getRawQuery(), () -> page(null, filter, lanes, selected));
    }

    TemplateInstance page(Story story, EventFilter filter, String lanesParam, String selectedParam) {
        Lanes lanes = Params.code(Lanes.class, "lanes", lanesParam).orElse(Lanes.NONE);
        String selected = Params.id("selected", selectedParam).map(String::valueOf).orElse("");
        EventFilter windowed = filter.from().isPresent() && filter.to().isPresent() ? filter : firstWindow(filter);
        TimelineWindow window = windows.window(windowed, lanes);
        String path = story == null ? "/timeline" : "/stories/" + story.slug + "/timeline";
        return Templates.timeline(new View(story, windowed, lanes, window, config(path, windowed, lanes, selected, window), choices.actors(filter),
                choices.places(), story == null ? Story.listAll() : List.of(), EventKind.values(), Lanes.values(), selected));
    }

    /** Without a window asked for: the period the matching events cover, with a margin; else the last year. */
    private EventFilter firstWindow(EventFilter filter) {
        FuzzyDate extent = listing.extent(filter.withoutPeriod());
        LocalDate from = filter.from().orElse(extent == null ? LocalDate.now().minusYears(1) : extent.start());
        LocalDate to = filter.to().orElse(extent == null ? LocalDate.now() : extent.end());
        if (to.isBefore(from)) {
            to = from;
        }
        long margin = Math.max(3, ChronoUnit.DAYS.between(from, to) / 20);
        return filter.within(from.minusDays(margin), to.plusDays(margin));
    }

    private String config(String path, EventFilter filter, Lanes lanes, String selected, TimelineWindow window) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("page", path);
        config.put("api", "/api/timeline");
        config.put("events", "/api/events/");
        config.put("filter", filter.asParameters());
        config.put("lanes", lanes.code());
        config.put("selected", selected);
        config.put("maxItems", TimelineWindows.MAX_ITEMS);
        // The first window is already here for the list; the script draws it without asking again.
        config.put("window", window);
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
