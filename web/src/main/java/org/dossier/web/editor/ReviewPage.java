package org.dossier.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.review.ReviewStatus;

/**
 * The review queue: proposed facts, most sources first, each with its evidence; approve or reject
 * one at a time or several at once. Keyboard: j and k move, a approves, r rejects, e edits,
 * x ticks a fact for a bulk decision.
 */
@Path("/editor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class ReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(List<QueueItem> items, long waiting, String done);
    }

    private final ReviewQueue queue;
    private final FactReview review;

    ReviewPage(ReviewQueue queue, FactReview review) {
        this.queue = queue;
        this.review = review;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/editor/review")).build();
    }

    @GET
    @Path("review")
    public TemplateInstance review(@QueryParam("done") String done) {
        return Templates.review(queue.next(), queue.waiting(), done);
    }

    /**
     * One decision ({@code single} = "approve|event:12:3") or the same decision for every ticked
     * fact ({@code decision} and {@code item}s). Facts changed since the page was read are left
     * alone and counted as such.
     */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@FormParam("single") String single, @FormParam("decision") String decision, @FormParam("item") List<String> items) {
        List<String> keys = new ArrayList<>();
        String verdict;
        if (single != null && !single.isBlank()) {
            String[] parts = single.split("\\|", 2);
            verdict = parts[0];
            keys.add(parts.length > 1 ? parts[1] : "");
        } else {
            verdict = decision;
            keys.addAll(items == null ? List.of() : items);
        }
        ReviewStatus status = switch (verdict == null ? "" : verdict) {
            case "approve" -> ReviewStatus.APPROVED;
            case "reject" -> ReviewStatus.REJECTED;
            default -> throw new BadRequestException("decision must be approve or reject, not '" + verdict + "'");
        };
        if (keys.isEmpty()) {
            throw new BadRequestException("Tick at least one fact");
        }
        int decided = 0;
        int changed = 0;
        for (String key : keys) {
            FactReview.Outcome outcome;
            try {
                outcome = review.decide(key, status);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
            if (outcome == FactReview.Outcome.DONE) {
                decided++;
            } else {
                changed++;
            }
        }
        String done = (status == ReviewStatus.APPROVED ? "approved-" : "rejected-") + decided + (changed > 0 ? "-changed-" + changed : "");
        return Response.seeOther(URI.create("/editor/review?done=" + done)).build();
    }
}
