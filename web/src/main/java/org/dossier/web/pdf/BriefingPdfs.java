package org.dossier.web.pdf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.story.Story;

/**
 * A briefing as a PDF file: a published version for anyone, the draft for editors. The facts are
 * read on the request's thread; only the rendering goes to {@link PdfRenderer}'s pool.
 */
@ApplicationScoped
public class BriefingPdfs {

    @CheckedTemplate(basePath = "BriefingPdfs")
    static class Templates {
        static native TemplateInstance briefing(PrintableBriefing briefing);
    }

    private final PrintableBriefings printable;
    private final PdfRenderer renderer;

    BriefingPdfs(PrintableBriefings printable, PdfRenderer renderer) {
        this.printable = printable;
        this.renderer = renderer;
    }

    /** Version {@code number} of the story's briefing; 0 means the latest. */
    public CompletionStage<Response> published(String slug, int number) {
        Story story = story(slug);
        Briefing briefing = Briefing.of(story).orElseThrow(() -> new NotFoundException("No published briefing of '" + slug + "'"));
        BriefingVersion version = (number == 0 ? BriefingVersion.latest(briefing)
                : BriefingVersion.<BriefingVersion>find("briefing = ?1 and number = ?2", briefing, number).<BriefingVersion>firstResultOptional())
                .orElseThrow(() -> new NotFoundException("No published version " + (number == 0 ? "" : number + " ") + "of '" + slug + "'"));
        return file(printable.published(story, version), slug + "-v" + version.number + "-" + version.asOf + ".pdf");
    }

    @jakarta.transaction.Transactional
    public CompletionStage<Response> draft(String slug) {
        Story story = story(slug);
        Briefing draft = Briefing.draftOf(story);
        PrintableBriefing briefing = printable.draft(story, draft);
        return file(briefing, slug + "-draft-" + briefing.asOf() + ".pdf");
    }

    private CompletionStage<Response> file(PrintableBriefing briefing, String fileName) {
        String html = Templates.briefing(briefing).render();
        return renderer.render(html).thenApply(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build());
    }

    private static Story story(String slug) {
        return Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
    }
}
