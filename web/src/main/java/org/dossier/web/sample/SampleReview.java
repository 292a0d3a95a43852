package org.dossier.web.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;

/**
 * The sample story arrives half-reviewed, so a first start shows both sides of Dossier: readers see
 * the approved facts of every sample article but the newest, and the newest article's facts wait in
 * the review queue. The approvals go through the entities, so history records them like any other.
 */
@ApplicationScoped
class SampleReview {

    private static final String REVIEWED = "status = ?1 and id in (select e.%s.id from Evidence e where e.source.id in ?2)";

    /** Returns how many facts were approved. */
    @Transactional
    int approveAllButNewest(String storySlug) {
        List<Long> sources = Story.findBySlug(storySlug).map(SampleReview::allButNewest).orElse(List.of());
        if (sources.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        int approved = 0;
        for (Event event : Event.<Event>list(REVIEWED.formatted("event"), ReviewStatus.PROPOSED, sources)) {
            event.status = ReviewStatus.APPROVED;
            event.editedAt = now;
            approved++;
        }
        for (Statement statement : Statement.<Statement>list(REVIEWED.formatted("statement"), ReviewStatus.PROPOSED, sources)) {
            statement.status = ReviewStatus.APPROVED;
            statement.editedAt = now;
            approved++;
        }
        for (Position position : Position.<Position>list(REVIEWED.formatted("position"), ReviewStatus.PROPOSED, sources)) {
            position.status = ReviewStatus.APPROVED;
            position.editedAt = now;
            approved++;
        }
        for (ActorRole role : ActorRole.<ActorRole>list(REVIEWED.formatted("actorRole"), ReviewStatus.PROPOSED, sources)) {
            role.status = ReviewStatus.APPROVED;
            approved++;
        }
        return approved;
    }

    private static List<Long> allButNewest(Story story) {
        List<Long> ids = Source.<Source>list("id in ?1 order by publishedAt", story.sources.stream().map(s -> s.id).toList())
                .stream().map(s -> s.id).toList();
        return ids.isEmpty() ? ids : ids.subList(0, ids.size() - 1);
    }
}
