package org.dossier.web.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.dossier.core.review.ReviewStatus;

/**
 * The one rule deciding which facts readers see: approved facts always, unreviewed (proposed) ones
 * while {@link ReadingConfig#showUnreviewed()} says so, rejected ones never. Every reading query
 * takes its statuses from here, so switching the rule is one property.
 */
@ApplicationScoped
public class Visibility {

    private final List<ReviewStatus> statuses;

    Visibility(ReadingConfig config) {
        this.statuses = config.showUnreviewed()
                ? List.of(ReviewStatus.APPROVED, ReviewStatus.PROPOSED)
                : List.of(ReviewStatus.APPROVED);
    }

    /** For JPQL: {@code status in :visible}. */
    public List<ReviewStatus> statuses() {
        return statuses;
    }

    /** For SQL: {@code status = any(?)} with the codes as a text array. */
    public String[] codes() {
        return statuses.stream().map(ReviewStatus::code).toArray(String[]::new);
    }

    /** For SQL: {@code status in (...)}; the codes are the enumeration's own constants, never input. */
    public String sqlList() {
        return String.join(", ", java.util.Arrays.stream(codes()).map(c -> "'" + c + "'").toList());
    }

    public boolean shows(ReviewStatus status) {
        return statuses.contains(status);
    }
}
