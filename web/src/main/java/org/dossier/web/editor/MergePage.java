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
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.AliasKey;
import org.dossier.core.curation.ActorMerge;
import org.dossier.web.page.Params;

/** Merging an actor found twice ("Lavrov", "Sergei Lavrov") into one: aliases, roles and evidence move. */
@Path("/editor/actors/merge")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class MergePage {

    static final int FOUND = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(String query, List<Actor> found, List<RecordedMerge> recent);
    }

    private final ActorMerge merge;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    MergePage(ActorMerge merge, io.quarkus.security.identity.SecurityIdentity identity) {
        this.merge = merge;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form(@QueryParam("q") String q) {
        String key = Params.text(q).map(AliasKey::of).orElse("");
        List<Actor> found = key.isEmpty() ? List.of()
                : Actor.<Actor>find("mergedInto is null and id in (select al.actor.id from ActorAlias al where al.normalizedName like ?1) order by canonicalName",
                        "%" + key + "%").page(0, FOUND).list();
        return Templates.merge(q == null ? "" : q, found, recent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@FormParam("absorbed") String absorbedId, @FormParam("survivor") String survivorId) {
        Actor absorbed = actor("absorbed", absorbedId);
        Actor survivor = actor("survivor", survivorId);
        try {
            merge.mergeRecorded(absorbed, survivor, identity.getPrincipal().getName());
        } catch (org.dossier.core.curation.MergeRefused e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/actors/" + survivor.id)).build();
    }

    @POST
    @jakarta.ws.rs.Path("{id}/undo")
    public Response undo(@jakarta.ws.rs.PathParam("id") long id) {
        try {
            merge.undo(id);
        } catch (org.dossier.core.curation.MergeRefused e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/editor/actors/merge")).build();
    }

    @SuppressWarnings("unchecked")
    private static List<RecordedMerge> recent() {
        List<Object[]> rows = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery("""
                select m.id, a.id, a.canonical_name, s.id, s.canonical_name, m.merged_at, m.merged_by, m.undone_at is not null
                from actor_merge m join actor a on a.id = m.absorbed_id join actor s on s.id = m.survivor_id
                order by m.merged_at desc, m.id desc limit 20""").getResultList();
        return RecordedMerge.fromRows(rows);
    }

    private static Actor actor(String name, String id) {
        long actorId = Params.id(name, id).orElseThrow(() -> new BadRequestException("Choose the " + name + " actor"));
        return Actor.<Actor>findByIdOptional(actorId).orElseThrow(() -> new BadRequestException("No actor " + actorId));
    }
}
