package org.dossier.web.testdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;

/** Commits the data a page test reads; every call makes rows no other test shares. */
@ApplicationScoped
public class TestData {

    public static final String HOSTILE = "</script><img src=x onerror=alert(1)>";

    @Transactional
    public Source source(String title, String body, Instant published) {
        Source source = Source.of(title, body + " [" + UUID.randomUUID() + "]", published);
        source.outlet = "Test Wire";
        source.persist();
        return source;
    }

    @Transactional
    public Story story(String title, Source... sources) {
        Story story = Story.of("story-" + UUID.randomUUID().toString().substring(0, 8), title, "A story made by a test.");
        for (Source source : sources) {
            story.sources.add(Source.findById(source.id));
        }
        story.persist();
        return story;
    }
}
