package org.dossier.web.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.briefing.Briefing;
import org.dossier.core.briefing.BriefingVersion;
import org.dossier.core.story.Story;

/** Published versions of a story's briefing, each as it was published (as PDF: {@code org.dossier.web.pdf.BriefingPdfPage}). Drafts are not here. */
@Path("/stories/{slug}/versions")
@Produces(MediaType.TEXT_HTML)
public class BriefingVersionPage {


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

    private static Story story(String slug) {
        return Story.findBySlug(slug).orElseThrow(() -> new NotFoundException("No story '" + slug + "'"));
    }
}
