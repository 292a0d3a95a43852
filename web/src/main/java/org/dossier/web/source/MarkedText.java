package org.dossier.web.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.web.evidence.EvidenceView;

/**
 * An article cut into runs of text, each run marked with the facts whose evidence covers it. Spans
 * may nest (a name inside a quote) or overlap; a run links to its innermost fact and names them all.
 */
public record MarkedText(List<Run> runs) {

    /**
     * Characters [start, end) of the article. {@code anchors} are the ids of evidence spans that
     * begin here, so /sources/{id}#span-S-E scrolls to them.
     */
    public record Run(String text, List<String> anchors, List<FactSpan> facts) {
        public boolean isMarked() {
            return !facts.isEmpty();
        }

        /** The innermost fact: the one a click opens. */
        public FactSpan primary() {
            return facts.get(0);
        }

        public String kinds() {
            return facts.stream().map(f -> "fact--" + f.kind()).distinct().collect(Collectors.joining(" "));
        }

        public String label() {
            return facts.stream().map(FactSpan::label).distinct().collect(Collectors.joining("; "));
        }
    }

    public static MarkedText of(String body, List<FactSpan> spans) {
        List<FactSpan> inside = spans.stream().filter(s -> s.start() >= 0 && s.end() <= body.length() && s.start() < s.end()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        inside.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            runs.add(run(body, from, to, inside));
            from = to;
        }
        return new MarkedText(runs);
    }

    private static Run run(String body, int from, int to, List<FactSpan> spans) {
        int start = from;
        int end = to;
        List<FactSpan> covering = spans.stream().filter(s -> s.covers(start, end))
                .sorted(Comparator.comparingInt(FactSpan::length)).toList();
        List<String> anchors = spans.stream().filter(s -> s.start() == start)
                .map(s -> EvidenceView.anchor(s.start(), s.end())).distinct().toList();
        return new Run(body.substring(from, to), anchors, covering);
    }
}
