package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    @TempDir
    Path folder;

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void theSidecarGivesTheMetadataAndTheTextStaysWhole() throws Exception {
        Path text = Files.writeString(folder.resolve("talks.txt"), "Talks end\n\nThe talks ended on Saturday.\n");
        Files.writeString(folder.resolve("talks.json"), """
                {"title": "Talks end without a deal", "outlet": "Test Wire", "published": "2016-10-15",
                 "url": "https://example.org/t", "byline": "C. Author"}""");

        Article article = single(reader.read(text, ReadLimits.defaults()));

        assertThat(article.text()).isEqualTo("Talks end\n\nThe talks ended on Saturday.\n");
        assertThat(article.title()).isEqualTo("Talks end without a deal");
        assertThat(article.outlet()).isEqualTo("Test Wire");
        assertThat(article.published()).isEqualTo(Instant.parse("2016-10-15T00:00:00Z"));
    }

    @Test
    void withoutASidecarTheFirstLineIsTheTitle() throws Exception {
        Path text = Files.writeString(folder.resolve("talks.txt"), "Talks end\n\nThe talks ended.");

        assertThat(single(reader.read(text, ReadLimits.defaults())).title()).isEqualTo("Talks end");
    }

    @Test
    void aSidecarWithABadDateNamesTheSidecar() throws Exception {
        Path text = Files.writeString(folder.resolve("talks.txt"), "Talks end");
        Files.writeString(folder.resolve("talks.json"), "{\"published\": \"last Friday\"}");

        Reading reading = reader.read(text, ReadLimits.defaults()).get(0);

        assertThat(reading).isInstanceOf(Reading.Failure.class);
        assertThat(((Reading.Failure) reading).reason().oneLine())
                .startsWith(folder.resolve("talks.json").toString())
                .contains("'published' is not a date");
    }

    @Test
    void aMalformedSidecarIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("talks.txt"), "Talks end");
        Files.writeString(folder.resolve("talks.json"), "{\"title\": ");

        Reading reading = reader.read(text, ReadLimits.defaults()).get(0);

        assertThat(((Reading.Failure) reading).reason().getMessage()).startsWith("malformed JSON metadata");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
        Path text = Files.writeString(folder.resolve("big.txt"), "x".repeat(2048));

        Reading reading = reader.read(text, new ReadLimits(1024)).get(0);

        assertThat(((Reading.Failure) reading).reason().getMessage()).isEqualTo("larger than the 1 KiB limit (2,048 bytes); raise --max-size to import it");
    }

    private static Article single(List<Reading> readings) {
        assertThat(readings).hasSize(1);
        assertThat(readings.get(0)).isInstanceOf(Reading.Success.class);
        return ((Reading.Success) readings.get(0)).article();
    }
}
