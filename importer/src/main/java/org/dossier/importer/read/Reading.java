package org.dossier.importer.read;

/** What reading one article gave: the article, or why there is none. */
public sealed interface Reading {

    String origin();

    record Success(Article article) implements Reading {
        @Override
        public String origin() {
            return article.origin();
        }
    }

    record Failure(UnreadableArticleException reason) implements Reading {
        @Override
        public String origin() {
            return reason.origin();
        }
    }

    static Reading of(Article article) {
        return new Success(article);
    }

    static Reading failed(UnreadableArticleException reason) {
        return new Failure(reason);
    }
}
