package org.dossier.importer.time;

import java.util.Optional;
import org.dossier.core.time.FuzzyDate;

/**
 * A time expression found in a text: where it is (cleaned-text offsets [start, end)), what it
 * says, its TIMEX3 type and normalised value ("2016-10-14", "2016-10", "P5.5Y", "PAST_REF"), and,
 * for dates that name a calendar period, that period at its precision.
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, Optional<FuzzyDate> date) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(TimeExpression other) {
        return start < other.end && other.start < end;
    }
}
