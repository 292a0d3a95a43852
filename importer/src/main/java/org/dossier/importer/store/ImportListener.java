package org.dossier.importer.store;

import org.dossier.importer.read.Article;
import org.dossier.importer.read.UnreadableArticleException;

/** Hears how an import goes, article by article: for progress bars and reports. */
public interface ImportListener {

    default void started(int files) {
    }

    default void imported(Article article, long sourceId) {
    }

    default void alreadyPresent(Article article, long sourceId) {
    }

    default void failed(UnreadableArticleException reason) {
    }

    default void fileDone() {
    }

    ImportListener NONE = new ImportListener() {
    };
}
