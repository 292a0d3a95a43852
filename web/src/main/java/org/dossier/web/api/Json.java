package org.dossier.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dossier.core.actor.Actor;
import org.dossier.core.time.FuzzyDate;
import org.dossier.web.evidence.EvidenceView;

/** The shapes the JSON API shares between its resources. */
public final class Json {

    private Json() {
    }

    /** A fuzzy date: first and last day (inclusive), the precision, how a page shows it, its TIMEX3 value. */
    public record When(LocalDate start, LocalDate end, String precision, String display, String timex) {
        public static When of(FuzzyDate date) {
            return date == null ? null : new When(date.start(), date.end(), date.precision().code(), date.display(), date.timexValue());
        }
    }

    public record ActorRef(long id, String name, String kind) {
        public static ActorRef of(Actor actor) {
            return actor == null ? null : new ActorRef(actor.id, actor.canonicalName, actor.kind.code());
        }
    }

    /** Evidence: the source, the span [start, end) in its text, and the sentence around it. */
    public record Evidence(long sourceId, String sourceTitle, String outlet, Instant published, int start, int end, String before,
            String quote, String after, String href) {
        public static Evidence of(EvidenceView view) {
            return new Evidence(view.sourceId(), view.sourceTitle(), view.outlet(), view.published(), view.start(), view.end(),
                    view.excerpt().before(), view.excerpt().quote(), view.excerpt().after(), view.href());
        }

        public static List<Evidence> of(List<EvidenceView> views) {
            return views.stream().map(Evidence::of).toList();
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
