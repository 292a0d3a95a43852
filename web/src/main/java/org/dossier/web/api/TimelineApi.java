package org.dossier.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
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
import java.time.temporal.ChronoUnit;
import org.dossier.web.cache.RenderedPages;
import org.dossier.web.event.EventFilter;
import org.dossier.web.page.Params;
import org.dossier.web.timeline.Lanes;
import org.dossier.web.timeline.TimelineWindow;
import org.dossier.web.timeline.TimelineWindows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Windows of the timeline, aggregated on the server")
public class TimelineApi {

    /** Windows longer than this are refused: a timeline never needs them, and they would only cost. */
    static final long MAX_YEARS = 500;

    private final TimelineWindows windows;
    private final RenderedPages cache;
    private final ObjectMapper json;

    TimelineApi(TimelineWindows windows, RenderedPages cache, ObjectMapper json) {
        this.windows = windows;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Operation(summary = "The events in a window (from and to required), or, when more than 300 match, counts per period and lane")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineWindow.class)))
    public Response window(@BeanParam FilterParams filter,
            @Parameter(description = "Lanes: none (default), kind or actor") @QueryParam("lanes") String lanes,
            @Context Request request, @Context UriInfo uri) {
        EventFilter parsed = filter.parse();
        if (parsed.from().isEmpty() || parsed.to().isEmpty()) {
            throw new BadRequestException("from and to are required: the window to show, as YYYY-MM-DD");
        }
        if (ChronoUnit.YEARS.between(parsed.from().get(), parsed.to().get()) > MAX_YEARS) {
            throw new BadRequestException("the window may span at most " + MAX_YEARS + " years");
        }
        Lanes laneKind = Params.code(Lanes.class, "lanes", lanes).orElse(Lanes.NONE);
        return cache.respond(request, "timeline?" + uri.getRequestUri().getRawQuery(), MediaType.APPLICATION_JSON_TYPE,
                () -> write(windows.window(parsed, laneKind)));
    }

    private String write(TimelineWindow window) {
        try {
            return json.writeValueAsString(window);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
