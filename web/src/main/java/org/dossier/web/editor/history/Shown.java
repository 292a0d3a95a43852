package org.dossier.web.editor.history;

import org.dossier.core.statement.Statement;
import org.dossier.core.time.FuzzyDate;

/** How values read in a history: a date with its precision, a missing speaker. */
final class Shown {

    private Shown() {
    }

    static String date(FuzzyDate date) {
        return date == null ? null : date.display() + " (" + date.precision().code() + ")";
    }

    static String speaker(Statement statement) {
        return statement.speaker == null ? "(no speaker)" : statement.speaker.canonicalName;
    }
}
