package org.dossier.importer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A PolNeAR attribution: who said (source), the cue, and what (content), each as spans of the article text. */
record Attribution(List<int[]> source, List<int[]> cue, List<int[]> content) {

    int contentLength() {
        return content.stream().mapToInt(s -> s[1] - s[0]).sum();
    }

    /** Characters of [start, end) inside the content. */
    int contentOverlap(int start, int end) {
        return content.stream().mapToInt(s -> Math.max(0, Math.min(end, s[1]) - Math.max(start, s[0]))).sum();
    }

    boolean sourceOverlaps(int start, int end) {
        return source.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    boolean isDirect(String text) {
        return content.stream().anyMatch(s -> text.substring(s[0], s[1]).matches("(?s).*[\"\u201C\u201D].*"));
    }

    /** The attributions of a brat stand-off file: T lines are spans, E lines tie them into attributions. */
    static List<Attribution> read(Path ann) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndSpans = fields[1].split(" ", 2);
                spans.put(fields[0], parseSpans(typeAndSpans[1]));
            } else if (line.startsWith("E") && fields.length >= 2) {
                relations.add(fields[1].split(" "));
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String[] roles : relations) {
            List<int[]> source = new ArrayList<>();
            List<int[]> cue = new ArrayList<>();
            List<int[]> content = new ArrayList<>();
            for (String role : roles) {
                String[] parts = role.split(":");
                List<int[]> target = switch (parts[0].replaceAll("\\d+$", "")) {
                    case "Source" -> source;
                    case "Cue" -> cue;
                    case "Content" -> content;
                    default -> null;
                };
                if (target != null && spans.containsKey(parts[1])) {
                    target.addAll(spans.get(parts[1]));
                }
            }
            if (!content.isEmpty()) {
                attributions.add(new Attribution(source, cue, content));
            }
        }
        return attributions;
    }

    private static List<int[]> parseSpans(String spans) {
        List<int[]> parsed = new ArrayList<>();
        for (String fragment : spans.split(";")) {
            String[] bounds = fragment.trim().split(" ");
            parsed.add(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
        }
        return parsed;
    }
}
