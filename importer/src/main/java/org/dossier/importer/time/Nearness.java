package org.dossier.importer.time;

/**
 * Which year a date without one ("Jan. 14", "in March") falls in: the occurrence nearest the
 * publication date, where news leans to the past, so a future occurrence counts twice its
 * distance; after a future marker ("will meet on Jan. 14") only occurrences from the publication
 * date on are taken.
 */
final class Nearness {

    private static final int FUTURE_WEIGHT = 2;

    private Nearness() {
    }

    /** Whether {@code candidate} is a better reading than {@code best}, both measured in the same unit as {@code published}. */
    static boolean closer(long candidate, long best, long published, Direction direction) {
        if (direction == Direction.FUTURE) {
            boolean candidateAhead = candidate >= published;
            boolean bestAhead = best >= published;
            if (candidateAhead != bestAhead) {
                return candidateAhead;
            }
        }
        return cost(candidate, published) < cost(best, published);
    }

    private static long cost(long date, long published) {
        return date >= published ? (date - published) * FUTURE_WEIGHT : published - date;
    }
}
