package org.dossier.web.pdf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;

/**
 * The printed timeline: one row per event along a shared time axis; an event known to the day is a
 * dot, one known to the week, month or year a bar over that period, as on the page. Plain SVG,
 * text escaped.
 */
final class TimelineSvg {

    record Entry(FuzzyDate date, String label) {
    }

    static final int WIDTH = 640;
    static final int LEFT = 90;
    static final int ROW = 16;
    static final int MAX_ROWS = 40;

    private TimelineSvg() {
    }

    static String of(List<Entry> entries) {
        List<Entry> rows = entries.stream().sorted(Comparator.comparing(Entry::date)).limit(MAX_ROWS).toList();
        if (rows.isEmpty()) {
            return "";
        }
        LocalDate first = rows.stream().map(e -> e.date().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = rows.stream().map(e -> e.date().end()).max(Comparator.naturalOrder()).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        double scale = (WIDTH - LEFT - 10) / days;
        int height = 30 + rows.size() * ROW;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans\" font-size=\"9\">",
                WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"18\" x2=\"%d\" y2=\"18\" stroke=\"#555\"/>", LEFT, WIDTH - 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\">%s</text>", LEFT, first));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\" text-anchor=\"end\">%s</text>", WIDTH - 10, last));
        int y = 30;
        for (Entry entry : rows) {
            double x = LEFT + ChronoUnit.DAYS.between(first, entry.date().start()) * scale;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">%s</text>", LEFT - 6, y + 3,
                    xml(entry.date().display())));
            if (entry.date().precision() == Precision.DAY && entry.date().start().equals(entry.date().end())) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3\" fill=\"#9b2c1f\"/>", x, y));
            } else {
                double w = Math.max(3, (ChronoUnit.DAYS.between(entry.date().start(), entry.date().end()) + 1) * scale);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"7\" fill=\"#d9a69f\" stroke=\"#9b2c1f\"/>", x, y - 4, w));
            }
            double labelX = Math.min(x + 6, WIDTH - 200);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", labelX, y + 3, xml(shorten(entry.label()))));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
