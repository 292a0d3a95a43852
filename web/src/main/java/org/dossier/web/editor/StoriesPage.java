package org.dossier.web.editor;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
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
import java.util.Arrays;
import java.util.List;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingItem;
import org.dossier.core.briefing.BriefingPublisher;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.event.Event;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;
import org.dossier.web.account.Account;
import org.dossier.web.briefing.Markdown;
import org.dossier.web.reading.StoryScope;
import org.dossier.web.reading.Visibility;

/**
 * Stories and their briefings, for editors: create a story; compose its briefing (a Markdown
 * summary, chosen key events and quotes) as a draft; publish the draft as the next numbered version.
 */
@Path("/editor/stories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class StoriesPage {

    static final int CANDIDATES = 40;

    /** A fact the editor may choose for the briefing, and whether the draft holds it. */
    public record Candidate(long id, String label, boolean chosen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stories(List<Story> stories);

        static native TemplateInstance compose(Story story, Briefing draft, String previewHtml, List<Candidate> events, List<Candidate> quotes,
                List<BriefingVersion> versions, String done);
    }

    private final Visibility visibility;
    private final BriefingPublisher publisher;
    private final SecurityIdentity identity;
    private final org.dossier.web.pdf.BriefingPdfs pdfs;

    StoriesPage(Visibility visibility, BriefingPublisher publisher, SecurityIdentity identity, org.dossier.web.pdf.BriefingPdfs pdfs) {
        this.pdfs = pdfs;
        this.visibility = visibility;
        this.publisher = publisher;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return Templates.stories(Story.listAll(Sort.by("title")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@FormParam("slug") String slug, @FormParam("title") String title, @FormParam("description") String description,
            @FormParam("keywords") String keywords) {
        String s = slug == null ? "" : slug.strip();
        if (!Story.isSlug(s)) {
            throw new BadRequestException("A slug is lower-case words joined by '-', like syria-diplomacy-2016");
        }
        if (Story.findBySlug(s).isPresent()) {
            throw new BadRequestException("There is already a story '" + s + "'");
        }
        if (title == null || title.isBlank()) {
            throw new BadRequestException("A story needs a title");
        }
        Story story = Story.of(s, title.strip(), description == null ? "" : description.strip());
        if (keywords != null) {
            Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).forEach(story.keywords::add);
        }
        story.persist();
        return Response.seeOther(URI.create("/editor/stories/" + s + "/briefing")).build();
    }

    @GET
    @Path("{slug}/briefing")
    @Transactional
    public TemplateInstance compose(@PathParam("slug") String slug, @jakarta.ws.rs.QueryParam("done") String done) {
        Story story = story(slug);
        Briefing draft = Briefing.draftOf(story);
        return Templates.compose(story, draft, Markdown.toHtml(draft.summary), eventCandidates(story, draft), quoteCandidates(story, draft),
                BriefingVersion.all(draft), done);
    }

    /** Saves the draft; with {@code action=publish}, publishes it as the next version too. */
    @POST
    @Path("{slug}/briefing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("slug") String slug, @FormParam("action") String action, @FormParam("title") String title,
            @FormParam("summary") String summary, @FormParam("event") List<Long> events, @FormParam("statement") List<Long> statements,
            @FormParam("version") int version) {
        Story story = story(slug);
        Briefing draft = Briefing.draftOf(story);
        if (draft.version != version) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.compose(story, draft, Markdown.toHtml(draft.summary), eventCandidates(story, draft),
                            quoteCandidates(story, draft), BriefingVersion.all(draft), "conflict")).build();
        }
        draft.title = title == null || title.isBlank() ? story.title : title.strip();
        draft.summary = summary == null ? "" : summary.strip();
        draft.items.clear();
        (events == null ? List.<Long>of() : events).stream().map(id -> Event.<Event>findByIdOptional(id).orElseThrow(() -> new BadRequestException("No event " + id)))
                .map(BriefingItem::of).forEach(draft.items::add);
        (statements == null ? List.<Long>of() : statements).stream()
                .map(id -> Statement.<Statement>findByIdOptional(id).orElseThrow(() -> new BadRequestException("No statement " + id)))
                .map(BriefingItem::of).forEach(draft.items::add);
        draft.updatedAt = java.time.Instant.now();
        String done = "saved";
        if ("publish".equals(action)) {
            BriefingVersion published = publisher.publish(draft, Account.findByUsername(identity.getPrincipal().getName()).map(a -> a.id).orElse(null));
            done = "published-" + published.number;
        }
        return Response.seeOther(URI.create("/editor/stories/" + slug + "/briefing?done=" + done)).build();
    }

    @GET
    @Path("{slug}/briefing.pdf")
    @Produces("application/pdf")
    @io.smallrye.common.annotation.Blocking
    public java.util.concurrent.CompletionStage<Response> draftPdf(@PathParam("slug") String slug) {
        return pdfs.draft(slug);
    }

    private List<Candidate> eventCandidates(Story story, Briefing draft) {
        List<Long> chosen = draft.items.stream().filter(i -> i.event != null).map(i -> i.event.id).toList();
        return Event.<Event>find("id in " + StoryScope.EVENTS + " and status in :visible order by happened.start desc, id desc",
                        io.quarkus.panache.common.Parameters.with("story", story.id).and("visible", visibility.statuses()))
                .page(0, CANDIDATES).list().stream()
                .map(e -> new Candidate(e.id, e.happened.display() + " — " + e.summary, chosen.contains(e.id))).toList();
    }

    private List<Candidate> quoteCandidates(Story story, Briefing draft) {
        List<Long> chosen = draft.items.stream().filter(i -> i.statement != null).map(i -> i.statement.id).toList();
        return Statement.<Statement>find("from Statement s where s.speaker is not null and s.status in :visible and "
                        + StoryScope.evidencedIn("statement", "s") + " order by s.direct desc, s.id desc",
                        io.quarkus.panache.common.Parameters.with("story", story.id).and("visible", visibility.statuses()))
                .page(0, CANDIDATES).list().stream()
                .map(s -> new Candidate(s.id, s.speaker.canonicalName + ": " + (s.direct ? "“" + s.content + "”" : s.content), chosen.contains(s.id)))
                .toList();
    }

    private static Story story(String slug) {
        return Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
    }
}
