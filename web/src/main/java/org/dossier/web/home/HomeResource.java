package org.dossier.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;

/** The front page: the stories Dossier follows and the sources that came in last. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private static final int LATEST_SOURCES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<StoryCard> stories, List<Source> latestSources);
    }

    /** A story as the front page shows it. */
    public record StoryCard(Story story, long sourceCount, List<Source> latestSources) {
    }

    @GET
    public TemplateInstance home() {
        List<StoryCard> stories = Story.<Story>listAll(Sort.by("title")).stream().map(HomeResource::card).toList();
        List<Source> latest = Source.findAll(Sort.descending("publishedAt", "id")).page(0, LATEST_SOURCES).list();
        return Templates.home(stories, latest);
    }

    private static StoryCard card(Story story) {
        List<Source> latest = Source.find("select s from Story st join st.sources s where st = ?1 order by s.publishedAt desc, s.id desc", story)
                .page(0, 3).list();
        long count = Source.count("select count(s) from Story st join st.sources s where st = ?1", story);
        return new StoryCard(story, count, latest);
    }
}
