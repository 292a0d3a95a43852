package org.dossier.importer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document (TempEval-3 {@code .tml}): its creation time from {@code <DCT>}, the plain text
 * of {@code <TEXT>} and the TIMEX3 annotations in it, with offsets into that plain text.
 */
public record TimeMlDocument(String name, LocalDate creationTime, String text, List<Timex> timexes) {

    /** A gold TIMEX3: [start, end) in the plain text, type and value. */
    public record Timex(int start, int end, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IOException(file + ": no <DCT> with a TIMEX3 date value");
        }
        Matcher body = TEXT.matcher(xml);
        if (!body.find()) {
            throw new IOException(file + ": no <TEXT> element");
        }
        return parse(file.getFileName().toString(), LocalDate.parse(dct.group(1)), body.group(1));
    }

    static TimeMlDocument parse(String name, LocalDate creationTime, String markedUp) {
        StringBuilder text = new StringBuilder(markedUp.length());
        List<Timex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(markedUp);
        int copied = 0;
        int timexStart = -1;
        String type = null;
        String value = null;
        while (tag.find()) {
            text.append(unescape(markedUp.substring(copied, tag.start())));
            copied = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                timexStart = text.length();
                type = attribute(tag.group(3), "type");
                value = attribute(tag.group(3), "value");
            } else if (timexStart >= 0) {
                timexes.add(new Timex(timexStart, text.length(), type, value));
                timexStart = -1;
            }
        }
        text.append(unescape(markedUp.substring(copied)));
        return new TimeMlDocument(name, creationTime, text.toString(), List.copyOf(timexes));
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return "";
    }

    static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
