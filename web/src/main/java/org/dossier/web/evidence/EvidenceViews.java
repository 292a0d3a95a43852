package org.dossier.web.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.dossier.core.evidence.Evidence;

/** The evidence of a fact, oldest source first, each with the source it came from. */
@ApplicationScoped
public class EvidenceViews {

    private static final String OF = "select e from Evidence e join fetch e.source s where e.%s.id = ?1 order by s.publishedAt, s.id, e.start";

    public List<EvidenceView> ofEvent(long id) {
        return of("event", id);
    }

    public List<EvidenceView> ofStatement(long id) {
        return of("statement", id);
    }

    public List<EvidenceView> ofPosition(long id) {
        return of("position", id);
    }

    public List<EvidenceView> ofRole(long id) {
        return of("actorRole", id);
    }

    private static List<EvidenceView> of(String fact, long id) {
        return Evidence.<Evidence>list(OF.formatted(fact), id).stream().map(EvidenceView::of).toList();
    }
}
