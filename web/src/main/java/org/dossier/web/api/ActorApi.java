package org.dossier.web.api;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.actor.AliasKey;
import org.dossier.web.api.Json.ActorRef;
import org.dossier.web.page.PageRequest;
import org.dossier.web.page.Params;
import org.dossier.web.reading.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "People, countries and organisations, with their aliases and titles")
public class ActorApi {

    public record Role(String title, ActorRef affiliation, LocalDate validFrom, LocalDate validTo, String status) {
    }

    public record ActorDetail(long id, String name, String kind, String description, List<String> aliases, List<Role> roles) {
    }

    private final Visibility visibility;

    ActorApi(Visibility visibility) {
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "Actors by name; with q, those with an alias starting with it")
    public Json.Page<ActorRef> list(@Parameter(description = "Start of a name or alias") @QueryParam("q") String q,
            @Parameter(description = "person, country, organisation or group") @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20);
        String prefix = Params.text(q).map(AliasKey::of).orElse("");
        var query = Params.code(ActorKind.class, "kind", kind)
                .map(k -> Actor.<Actor>find("mergedInto is null and kind = ?1 and id in (select al.actor.id from ActorAlias al where al.normalizedName like ?2) order by canonicalName", k, prefix + "%"))
                .orElseGet(() -> Actor.find("mergedInto is null and id in (select al.actor.id from ActorAlias al where al.normalizedName like ?1) order by canonicalName", prefix + "%"));
        List<ActorRef> items = query.page(Page.of(request.index(), request.size())).list().stream().map(ActorRef::of).toList();
        return new Json.Page<>(items, request.number(), request.size(), query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One actor with aliases and titles; a merged actor answers as the actor it was merged into")
    public ActorDetail get(@PathParam("id") long id) {
        Actor actor = Actor.<Actor>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No actor " + id));
        while (actor.isMerged()) {
            actor = actor.mergedInto;
        }
        List<Role> roles = actor.roles.stream().filter(r -> visibility.shows(r.status))
                .map(r -> new Role(r.title, ActorRef.of(r.affiliation), r.validFrom, r.validTo, r.status.code())).toList();
        return new ActorDetail(actor.id, actor.canonicalName, actor.kind.code(), actor.description,
                actor.aliases.stream().map(a -> a.name).toList(), roles);
    }
}
