package org.dossier.web.evidence;

import java.time.Instant;
import org.dossier.core.evidence.Evidence;

/** One piece of evidence as a reader sees it: where it comes from and the span in its sentence. */
public record EvidenceView(long sourceId, String sourceTitle, String outlet, Instant published, int start, int end, Excerpt excerpt) {

    public static EvidenceView of(Evidence evidence) {
        var source = evidence.source;
        return new EvidenceView(source.id, source.title, source.outlet, source.publishedAt, evidence.start, evidence.end,
                Excerpt.around(source.body, evidence.start, evidence.end));
    }

    /** The source page, scrolled to the span. */
    public String href() {
        return "/sources/" + sourceId + "#" + anchor(start, end);
    }

    /** The id a marked span carries on its source page. */
    public static String anchor(int start, int end) {
        return "span-" + start + "-" + end;
    }
}
