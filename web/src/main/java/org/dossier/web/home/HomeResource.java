package org.dossier.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.web.cache.RenderedPages;
import org.dossier.web.event.EventFilter;
import org.dossier.web.event.EventListing;
import org.dossier.web.event.EventRow;

/** The front page: the stories Dossier follows with their latest developments, and the sources that came in last. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private static final int LATEST_SOURCES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<StoryCard> stories, List<Source> latestSources);
    }

    /** A story as the front page shows it: its latest developments, then its latest sources. */
    public record StoryCard(Story story, long sourceCount, List<EventRow> developments, List<Source> latestSources) {
    }

    private final EventListing events;
    private final RenderedPages pages;

    HomeResource(EventListing events, RenderedPages pages) {
        this.events = events;
        this.pages = pages;
    }

    @GET
    public Response home(@Context Request request) {
        return pages.html(request, "home", () -> {
            List<StoryCard> stories = Story.<Story>listAll(Sort.by("title")).stream().map(this::card).toList();
            List<Source> latest = Source.findAll(Sort.descending("publishedAt", "id")).page(0, LATEST_SOURCES).list();
            return Templates.home(stories, latest);
        });
    }

    private StoryCard card(Story story) {
        List<Source> latest = Source.find("select s from Story st join st.sources s where st = ?1 order by s.publishedAt desc, s.id desc", story)
                .page(0, 3).list();
        long count = Source.count("select count(s) from Story st join st.sources s where st = ?1", story);
        return new StoryCard(story, count, events.latestFirst(EventFilter.none().withStory(story.slug), 3, 0), latest);
    }
}
