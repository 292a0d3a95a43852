package org.dossier.web.search;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.core.event.EventKind;
import org.dossier.web.page.PageRequest;
import org.dossier.web.page.Params;

/**
 * A search as a reader typed it. {@code words} follow web search syntax ("quoted phrase", or, -not).
 * Filters narrow what they apply to: a kind only events, a period events (when they happened),
 * statements and sources (when published); with a kind or a period, actors are left out.
 */
public record SearchRequest(Optional<String> words, Optional<SearchHit.Type> type, Optional<EventKind> kind, Optional<Long> actor,
        Optional<String> story, Optional<LocalDate> from, Optional<LocalDate> to, PageRequest page) {

    public static final int PAGE_SIZE = 20;

    public static SearchRequest parse(String q, String type, String kind, String actor, String story, String from, String to, String page) {
        Optional<LocalDate> start = Params.date("from", from);
        Optional<LocalDate> end = Params.date("to", to);
        Params.requireOrdered(start, end);
        return new SearchRequest(Params.text(q), Params.code(SearchHit.Type.class, "type", type), Params.code(EventKind.class, "kind", kind),
                Params.id("actor", actor), Params.text(story), start, end, PageRequest.of(page, null, PAGE_SIZE));
    }

    public boolean isEmpty() {
        return words.isEmpty() && type.isEmpty() && kind.isEmpty() && actor.isEmpty() && story.isEmpty() && from.isEmpty() && to.isEmpty();
    }

    boolean includes(SearchHit.Type candidate) {
        if (type.isPresent()) {
            return type.get() == candidate;
        }
        if (kind.isPresent()) {
            return candidate == SearchHit.Type.EVENT;
        }
        return !(candidate == SearchHit.Type.ACTOR && (from.isPresent() || to.isPresent()));
    }
}
