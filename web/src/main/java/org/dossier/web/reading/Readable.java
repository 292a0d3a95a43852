package org.dossier.web.reading;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.dossier.core.review.ReviewStatus;

/** Finding one fact for a reader: absent and not visible are the same 404, so hidden facts do not leak. */
public final class Readable {

    private Readable() {
    }

    public static <T> T orNotFound(Optional<T> fact, java.util.function.Function<T, ReviewStatus> status, Visibility visibility, String what) {
        return fact.filter(f -> visibility.shows(status.apply(f))).orElseThrow(() -> new NotFoundException("No " + what));
    }
}
