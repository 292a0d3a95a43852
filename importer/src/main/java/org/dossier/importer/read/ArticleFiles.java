package org.dossier.importer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the articles behind the paths a user names: files as given, folders searched recursively
 * for the files some reader takes (hidden files and metadata sidecars left out), in name order so
 * runs are repeatable.
 */
public class ArticleFiles {

    private final List<ArticleReader> readers;

    public ArticleFiles(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static ArticleFiles standard() {
        return new ArticleFiles(List.of(new PlainTextReader(), new HtmlReader(), new JsonLinesReader(), new FeedReader()));
    }

    /** The articles to read: a reader per file, or the reason a named path cannot be read. */
    public List<Entry> expand(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                entries.add(Entry.failed(path, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                filesUnder(path).stream().filter(f -> readerFor(f).isPresent())
                        .forEach(f -> entries.add(new Entry(f, readerFor(f), null)));
            } else {
                Optional<ArticleReader> reader = readerFor(path);
                entries.add(reader.isPresent() ? new Entry(path, reader, null)
                        : Entry.failed(path, "unsupported format (import .txt with an optional .json sidecar, .html, .jsonl, or an RSS/Atom feed)"));
            }
        }
        return entries;
    }

    private Optional<ArticleReader> readerFor(Path file) {
        if (Sidecar.isSidecar(file)) {
            return Optional.empty();
        }
        return readers.stream().filter(r -> r.reads(file)).findFirst();
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** A file and its reader, or why it has none. */
    public record Entry(Path file, Optional<ArticleReader> reader, String problem) {

        static Entry failed(Path file, String problem) {
            return new Entry(file, Optional.empty(), problem);
        }

        public List<Reading> read(ReadLimits limits) {
            if (reader.isEmpty()) {
                return List.of(Reading.failed(new UnreadableArticleException(file.toString(), problem)));
            }
            return reader.get().read(file, limits);
        }
    }
}
