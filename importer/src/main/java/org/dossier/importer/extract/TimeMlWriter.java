package org.dossier.importer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a TimeML document back with our TIMEX3 tags in its {@code <TEXT>}: gold TIMEX3 tags are
 * taken out first, other markup (EVENT, SIGNAL) stays. An expression that would cross another tag
 * is left out rather than break the XML.
 */
public class TimeMlWriter {

    private static final Pattern TEXT = Pattern.compile("(<TEXT>)(.*?)(</TEXT>)", Pattern.DOTALL);
    private static final Pattern TIMEX_TAG = Pattern.compile("</?TIMEX3\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern DCT_VALUE = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");

    private final ExtractionPipeline pipeline;

    public TimeMlWriter(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The creation time in {@code <DCT>}, if the document has one. */
    public static java.util.Optional<LocalDate> creationTime(String timeMl) {
        Matcher m = DCT_VALUE.matcher(timeMl);
        return m.find() ? java.util.Optional.of(LocalDate.parse(m.group(1))) : java.util.Optional.empty();
    }

    public String annotate(String timeMl, LocalDate published) {
        Matcher body = TEXT.matcher(timeMl);
        if (!body.find()) {
            throw new IllegalArgumentException("no <TEXT> element");
        }
        String markup = TIMEX_TAG.matcher(body.group(2)).replaceAll("");
        String annotated = annotateText(markup, published);
        return timeMl.substring(0, body.start(2)) + annotated + timeMl.substring(body.end(2));
    }

    private String annotateText(String markup, LocalDate published) {
        // Plain text and, for each plain character, where it stands in the markup.
        StringBuilder plain = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(markup);
        int copied = 0;
        while (tag.find()) {
            copyPlain(markup, copied, tag.start(), plain, at);
            tags.add(new int[] {tag.start(), tag.end()});
            copied = tag.end();
        }
        copyPlain(markup, copied, markup.length(), plain, at);
        at.add(markup.length());

        Extraction extraction = pipeline.extract(plain.toString(), published);
        StringBuilder out = new StringBuilder(markup);
        List<Extraction.Timex> timexes = new ArrayList<>(extraction.timexes());
        // From the end, so earlier insertions do not move later positions.
        for (int i = timexes.size() - 1; i >= 0; i--) {
            Extraction.Timex t = timexes.get(i);
            int from = at.get(t.start());
            int to = at.get(t.end() - 1) + 1;
            if (crossesTag(tags, from, to)) {
                continue;
            }
            out.insert(to, "</TIMEX3>");
            out.insert(from, String.format(Locale.ROOT, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\">", i + 1, t.type(), t.value()));
        }
        return out.toString();
    }

    private static void copyPlain(String markup, int from, int to, StringBuilder plain, List<Integer> at) {
        for (int i = from; i < to; i++) {
            plain.append(markup.charAt(i));
            at.add(i);
        }
    }

    private static boolean crossesTag(List<int[]> tags, int from, int to) {
        return tags.stream().anyMatch(t -> t[0] >= from && t[1] <= to);
    }
}
