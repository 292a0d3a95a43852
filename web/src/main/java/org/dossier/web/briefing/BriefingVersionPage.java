package org.dossier.web.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.story.Story;
import org.dossier.web.pdf.BriefingPdfs;

/** Published versions of a story's briefing, each as it was published, as a page or a PDF. Drafts are not here. */
@Path("/stories/{slug}/versions")
@Produces(MediaType.TEXT_HTML)
public class BriefingVersionPage {

    private final BriefingPdfs pdfs;

    BriefingVersionPage(BriefingPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(Story story, List<BriefingVersion> versions);

        static native TemplateInstance version(Story story, PublishedBriefing published);
    }

    @GET
    public TemplateInstance versions(@PathParam("slug") String slug) {
        Story story = story(slug);
        return Templates.versions(story, Briefing.of(story).map(BriefingVersion::all).orElse(List.of()));
    }

    @GET
    @Path("{number}")
    public TemplateInstance version(@PathParam("slug") String slug, @PathParam("number") int number) {
        Story story = story(slug);
        BriefingVersion version = Briefing.of(story)
                .flatMap(b -> BriefingVersion.<BriefingVersion>find("briefing = ?1 and number = ?2", b, number).<BriefingVersion>firstResultOptional())
                .orElseThrow(() -> new NotFoundException("No published version " + number + " of '" + slug + "'"));
        long count = BriefingVersion.count("briefing", version.briefing);
        return Templates.version(story, PublishedBriefing.of(version, (int) count));
    }

    @GET
    @Path("latest.pdf")
    @Produces("application/pdf")
    @io.smallrye.common.annotation.Blocking
    public CompletionStage<Response> latestPdf(@PathParam("slug") String slug) {
        return pdfs.published(slug, 0);
    }

    @GET
    @Path("{number}.pdf")
    @Produces("application/pdf")
    @io.smallrye.common.annotation.Blocking
    public CompletionStage<Response> pdf(@PathParam("slug") String slug, @PathParam("number") int number) {
        return pdfs.published(slug, number);
    }

    private static Story story(String slug) {
        return Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
    }
}
