package org.dossier.importer.cli;

import java.io.PrintWriter;
import org.dossier.importer.read.UnreadableArticleException;
import org.dossier.importer.store.ImportListener;

/**
 * Reports an import on stderr: every failure as one line naming its file, and on a terminal a
 * progress bar redrawn in place.
 */
class ProgressReport implements ImportListener {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean drawBar;
    private int total;
    private int done;

    ProgressReport(PrintWriter err, boolean drawBar) {
        this.err = err;
        this.drawBar = drawBar;
    }

    @Override
    public void started(int files) {
        total = files;
        draw();
    }

    @Override
    public void failed(UnreadableArticleException reason) {
        clearBar();
        err.println("error: " + reason.oneLine());
        draw();
    }

    @Override
    public void fileDone() {
        done++;
        draw();
        if (done == total) {
            clearBar();
        }
    }

    private void draw() {
        if (!drawBar || total == 0) {
            return;
        }
        int filled = WIDTH * done / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
        err.flush();
    }

    private void clearBar() {
        if (drawBar) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        }
    }
}
