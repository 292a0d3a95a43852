package org.dossier.importer.time;

import java.util.Comparator;
import java.util.List;

/**
 * An article's time expressions in text order, looked up by span: each sentence finds its own by
 * binary search rather than by filtering all of them, which grew with the square of a long text.
 */
public final class TimeExpressions {

    private final List<TimeExpression> inTextOrder;

    public TimeExpressions(List<TimeExpression> expressions) {
        this.inTextOrder = expressions.stream().sorted(Comparator.comparingInt(TimeExpression::start)).toList();
    }

    /** The expressions lying wholly in [{@code from}, {@code to}), in text order. */
    public List<TimeExpression> within(int from, int to) {
        int first = firstStartingAtOrAfter(from);
        int last = first;
        while (last < inTextOrder.size() && inTextOrder.get(last).start() < to) {
            last++;
        }
        return inTextOrder.subList(first, last).stream().filter(e -> e.end() <= to).toList();
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = inTextOrder.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (inTextOrder.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
