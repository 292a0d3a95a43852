package org.dossier.web.editor;

import java.util.List;
import org.dossier.web.evidence.EvidenceView;

/**
 * A proposed fact waiting for review, as the queue shows it: what it says, how many sources report
 * it, and its evidence in context. {@code key} ("event:12:3": type, id, version) is what a decision
 * names, so a decision on a fact changed meanwhile is refused, not applied to the new version.
 */
public record QueueItem(FactType type, long id, int version, String title, String detail, long sources, List<EvidenceView> evidence) {

    public String key() {
        return type.code() + ":" + id + ":" + version;
    }

    public String editHref() {
        return switch (type) {
            case EVENT -> "/editor/events/" + id;
            case STATEMENT -> "/editor/statements/" + id;
            case POSITION -> "/editor/positions/" + id;
            case ROLE -> "/editor/roles/" + id;
        };
    }
}
