package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path folder;

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void eachLineIsAnArticleWithItsMetadata() throws Exception {
        Path file = Files.writeString(folder.resolve("wire.jsonl"), """
                {"id": "a1", "title": "Envoys meet", "text": "The envoys met on Monday.", "time": "2016-10-10", "url": "https://example.org/a1"}
                {"id": "a2", "text": "Ministers met in London.", "published": "2016-10-16T09:00:00Z"}
                """);

        List<Reading> readings = reader.read(file, ReadLimits.defaults());

        assertThat(readings).hasSize(2).allMatch(r -> r instanceof Reading.Success);
        Article first = ((Reading.Success) readings.get(0)).article();
        assertThat(first.origin()).endsWith("wire.jsonl#a1");
        assertThat(first.title()).isEqualTo("Envoys meet");
        assertThat(first.published()).isEqualTo(Instant.parse("2016-10-10T00:00:00Z"));
        assertThat(first.url()).isEqualTo("https://example.org/a1");
    }

    @Test
    void aBadLineIsNamedByItsNumberAndTheOthersAreRead() throws Exception {
        Path file = Files.writeString(folder.resolve("wire.jsonl"), """
                {"id": "a1", "text": "Fine."}
                {"id": "a2", "text":
                {"id": "a3", "title": "no text"}
                """);

        List<Reading> readings = reader.read(file, ReadLimits.defaults());

        assertThat(readings).hasSize(3);
        assertThat(readings.get(0)).isInstanceOf(Reading.Success.class);
        assertThat(((Reading.Failure) readings.get(1)).reason().oneLine()).startsWith(file + ":2: malformed JSON");
        assertThat(((Reading.Failure) readings.get(2)).reason().oneLine()).contains(":3: a JSON Lines article needs an object with \"text\"");
    }
}
