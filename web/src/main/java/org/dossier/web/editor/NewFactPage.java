package org.dossier.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import org.dossier.core.actor.ActorDirectory;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.database.CodedEnum;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.event.ParticipantRole;
import org.dossier.core.evidence.EvidenceLedger;
import org.dossier.core.evidence.Span;
import org.dossier.core.place.Place;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.StoryFiling;
import org.dossier.core.time.FuzzyDate;

/**
 * Adding what the extraction missed, by hand, from a source: an event or a statement, with the
 * exact words of the article that support it as its evidence. A fact an editor adds is approved.
 */
@Path("/editor/sources/{id}/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class NewFactPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Source source, EventKind[] kinds, String problem);
    }

    private final ActorDirectory actors;
    private final EvidenceLedger ledger;
    private final StoryFiling filing;

    NewFactPage(ActorDirectory actors, EvidenceLedger ledger, StoryFiling filing) {
        this.actors = actors;
        this.ledger = ledger;
        this.filing = filing;
    }

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        return Templates.form(source(id), EventKind.values(), null);
    }

    @POST
    @Path("event")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response event(@PathParam("id") long id, @FormParam("summary") String summary, @FormParam("kind") String kind,
            @FormParam("when") String when, @FormParam("place") String place, @FormParam("actors") String names,
            @FormParam("evidence") String words) {
        Source source = source(id);
        Span span = span(source, words);
        if (span == null || blank(summary)) {
            return problem(source, span == null ? "The evidence must be words of the article, exactly as written." : "The summary cannot be empty.");
        }
        FuzzyDate happened;
        EventKind eventKind;
        try {
            happened = FuzzyDate.ofTimexValue(when == null ? "" : when.strip());
            eventKind = CodedEnum.fromCode(EventKind.class, kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            return problem(source, "When must be a day (2016-10-14), week (2016-W41), month (2016-10), quarter (2016-Q4) or year (2016).");
        }
        Event event = Event.of(eventKind, summary, happened, source.publishedAt);
        event.status = ReviewStatus.APPROVED;
        event.editedAt = Instant.now();
        if (!blank(place)) {
            event.place = Place.findByName(place.strip()).orElseGet(() -> {
                Place created = Place.named(place.strip(), null);
                created.persist();
                return created;
            });
        }
        if (names != null) {
            Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                    .forEach(n -> event.withParticipant(actors.resolveAnyOrCreate(n, ActorKind.PERSON), ParticipantRole.PARTICIPANT));
        }
        event.persist();
        ledger.attach(event, source, span, words.strip());
        filing.fileEvent(event, source);
        return Response.seeOther(URI.create("/events/" + event.id)).build();
    }

    @POST
    @Path("statement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response statement(@PathParam("id") long id, @FormParam("speaker") String speaker, @FormParam("content") String content,
            @FormParam("direct") boolean direct, @FormParam("cue") String cue, @FormParam("evidence") String words) {
        Source source = source(id);
        Span span = span(source, words);
        if (span == null || blank(content) || blank(speaker)) {
            return problem(source, span == null ? "The evidence must be words of the article, exactly as written." : "A statement needs a speaker and what was said.");
        }
        var who = actors.resolveAnyOrCreate(speaker.strip(), ActorKind.PERSON);
        Statement statement = direct ? Statement.direct(who, content, blank(cue) ? "said" : cue.strip())
                : Statement.indirect(who, content, blank(cue) ? "said" : cue.strip());
        statement.status = ReviewStatus.APPROVED;
        statement.editedAt = Instant.now();
        statement.persist();
        ledger.attach(statement, source, span, words.strip());
        return Response.seeOther(URI.create("/statements/" + statement.id)).build();
    }

    /** The first place the article holds these words, exactly; null when it does not. */
    private static Span span(Source source, String words) {
        if (blank(words)) {
            return null;
        }
        int start = source.body.indexOf(words.strip());
        return start < 0 ? null : new Span(start, start + words.strip().length());
    }

    private static Response problem(Source source, String problem) {
        return FormPages.html(Response.Status.BAD_REQUEST, Templates.form(source, EventKind.values(), problem));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Source source(long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No source " + id));
    }
}
