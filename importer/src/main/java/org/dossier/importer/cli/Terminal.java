package org.dossier.importer.cli;

/** Whether a person is watching: progress is drawn only for a terminal, never into a log or pipe. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
