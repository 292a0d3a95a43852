package org.dossier.web.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.review.ReviewStatus;
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
        List<Long> sources = allButNewest(storySlug);
        if (sources.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        return approve(Event.<Event>list(REVIEWED.formatted("event"), ReviewStatus.PROPOSED, sources), e -> {
            e.status = ReviewStatus.APPROVED;
            e.editedAt = now;
        }) + approve(Statement.<Statement>list(REVIEWED.formatted("statement"), ReviewStatus.PROPOSED, sources), s -> {
            s.status = ReviewStatus.APPROVED;
            s.editedAt = now;
        }) + approve(Position.<Position>list(REVIEWED.formatted("position"), ReviewStatus.PROPOSED, sources), p -> {
            p.status = ReviewStatus.APPROVED;
            p.editedAt = now;
        }) + approve(ActorRole.<ActorRole>list(REVIEWED.formatted("actorRole"), ReviewStatus.PROPOSED, sources),
                r -> r.status = ReviewStatus.APPROVED);
    }

    private static <F> int approve(List<F> facts, Consumer<F> approval) {
        facts.forEach(approval);
        return facts.size();
    }

    private static List<Long> allButNewest(String storySlug) {
        List<Long> ids = Story.getEntityManager()
                .createQuery("select s.id from Story st join st.sources s where st.slug = :slug order by s.publishedAt", Long.class)
                .setParameter("slug", storySlug).getResultList();
        return ids.isEmpty() ? ids : ids.subList(0, ids.size() - 1);
    }
}
