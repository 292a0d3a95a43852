package org.dossier.web.editor;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.dossier.core.curation.EventMerge;
import org.dossier.core.event.Event;
import org.dossier.web.page.Params;

/** Merging two events that report the same happening, and undoing a merge. */
@Path("/editor/event-merges")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class EventMergePage {

    static final int FOUND = 30;
    static final int RECENT = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merges(String query, List<Event> found, List<RecordedMerge> recent);
    }

    private final EventMerge merge;
    private final SecurityIdentity identity;

    EventMergePage(EventMerge merge, SecurityIdentity identity) {
        this.merge = merge;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form(@QueryParam("q") String q) {
        List<Event> found = Params.text(q).map(words -> Event.<Event>find(
                "mergedInto is null and status <> org.dossier.core.review.ReviewStatus.REJECTED and lower(summary) like ?1 order by happened.start desc",
                "%" + words.toLowerCase(java.util.Locale.ROOT) + "%").page(0, FOUND).list()).orElse(List.of());
        return Templates.merges(q == null ? "" : q, found, recent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@FormParam("absorbed") String absorbedId, @FormParam("survivor") String survivorId) {
        Event absorbed = event("absorbed", absorbedId);
        Event survivor = event("survivor", survivorId);
        try {
            merge.merge(absorbed, survivor, identity.getPrincipal().getName());
        } catch (org.dossier.core.curation.MergeRefused e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/events/" + survivor.id)).build();
    }

    @POST
    @Path("{id}/undo")
    public Response undo(@PathParam("id") long id) {
        try {
            merge.undo(id);
        } catch (org.dossier.core.curation.MergeRefused e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/editor/event-merges")).build();
    }

    @SuppressWarnings("unchecked")
    private static List<RecordedMerge> recent() {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select m.id, a.id, a.summary, s.id, s.summary, m.merged_at, m.merged_by, m.undone_at is not null
                from event_merge m join event a on a.id = m.absorbed_id join event s on s.id = m.survivor_id
                order by m.merged_at desc limit %d""".formatted(RECENT)).getResultList();
        return RecordedMerge.fromRows(rows);
    }

    private static Event event(String name, String id) {
        long eventId = Params.id(name, id).orElseThrow(() -> new BadRequestException("Choose the " + name + " event"));
        return Event.<Event>findByIdOptional(eventId).orElseThrow(() -> new BadRequestException("No event " + eventId));
    }
}
