package org.dossier.importer.time;

import java.util.regex.Pattern;

/**
 * Whether a bare date ("Friday", "in March") lies before or after the publication date. News
 * mostly reports what happened, so past is the default; a future marker just before the expression
 * ("will go to London Sunday", "is due to meet in March") turns it forward.
 */
enum Direction {
    PAST, FUTURE;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "\\b(?:will|'ll|shall|won't|would|going to|plans? to|planned|planning|scheduled|expected to|set to|due to|"
                    + "is to|are to|to be held|intends? to|hopes? to|aims? to|upcoming)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int WINDOW = 45;

    /** The direction for an expression starting at {@code start} in {@code text}. */
    static Direction before(String text, int start) {
        int from = Math.max(0, start - WINDOW);
        String lead = text.substring(from, start);
        // Only the clause the expression is in: text before the last full stop, semicolon, comma or quote mark is another
        // one ("“We will go to London,” Kerry said on Friday": the attribution's Friday is past).
        int clause = Math.max(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(". ")), lead.lastIndexOf(", "));
        clause = Math.max(clause, Math.max(lead.lastIndexOf('"'), Math.max(lead.lastIndexOf('\u201D'), lead.lastIndexOf('\u201C'))));
        if (clause >= 0) {
            lead = lead.substring(clause + 1);
        }
        return FUTURE_MARKER.matcher(lead).find() ? FUTURE : PAST;
    }
}
