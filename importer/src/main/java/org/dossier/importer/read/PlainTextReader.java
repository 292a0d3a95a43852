package org.dossier.importer.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Plain-text articles ({@code .txt}, {@code .text}), with metadata from a {@link Sidecar} when there is
 * one. Without a title in the metadata, a short first line is taken as the title; the text itself
 * is kept whole either way.
 */
public class PlainTextReader implements ArticleReader {

    @Override
    public boolean reads(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text");
    }

    @Override
    public List<Reading> read(Path file, ReadLimits limits) {
        try {
            String text = limits.readText(file);
            Article article = Sidecar.apply(Article.of(file.toString(), text), file, limits);
            String title = article.title() != null ? article.title() : article.firstLineAsTitle().orElse(file.getFileName().toString());
            return List.of(Reading.of(article.withTitle(title)));
        } catch (UnreadableArticleException e) {
            return List.of(Reading.failed(e));
        }
    }
}
