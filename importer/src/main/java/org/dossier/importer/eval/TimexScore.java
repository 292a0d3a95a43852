package org.dossier.importer.eval;

import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 Task A scores: extraction precision, recall and F1 with strict (same span) and relaxed
 * (overlapping span) matching, and attribute F1 for type and value (accuracy on relaxed matches
 * times relaxed F1).
 */
public final class TimexScore {

    /** One system expression: [start, end), type and value. */
    public record Found(int start, int end, String type, String value) {
        boolean overlaps(TimeMlDocument.Timex gold) {
            return start < gold.end() && gold.start() < end;
        }
    }

    private int gold;
    private int system;
    private int strictSystem;
    private int strictGold;
    private int relaxedSystem;
    private int relaxedGold;
    private int relaxedPairs;
    private int typeCorrect;
    private int valueCorrect;

    public void add(List<TimeMlDocument.Timex> goldTimexes, List<Found> found) {
        gold += goldTimexes.size();
        system += found.size();
        for (Found f : found) {
            if (goldTimexes.stream().anyMatch(g -> g.start() == f.start() && g.end() == f.end())) {
                strictSystem++;
            }
            if (goldTimexes.stream().anyMatch(f::overlaps)) {
                relaxedSystem++;
            }
        }
        for (TimeMlDocument.Timex g : goldTimexes) {
            if (found.stream().anyMatch(f -> g.start() == f.start() && g.end() == f.end())) {
                strictGold++;
            }
            found.stream().filter(f -> f.overlaps(g)).findFirst().ifPresent(f -> {
                relaxedGold++;
                relaxedPairs++;
                if (f.type().equals(g.type())) {
                    typeCorrect++;
                }
                if (f.value().equals(g.value())) {
                    valueCorrect++;
                }
            });
        }
    }

    public double strictPrecision() {
        return ratio(strictSystem, system);
    }

    public double strictRecall() {
        return ratio(strictGold, gold);
    }

    public double relaxedPrecision() {
        return ratio(relaxedSystem, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeF1() {
        return ratio(typeCorrect, relaxedPairs) * relaxedF1();
    }

    public double valueF1() {
        return ratio(valueCorrect, relaxedPairs) * relaxedF1();
    }

    public String table() {
        return table("TempEval-3 Task A");
    }

    /** The scores under a heading naming the data. */
    public String table(String heading) {
        return String.join("\n",
                String.format(Locale.ROOT, "%-22s %9s %9s %9s", heading, "P", "R", "F1"),
                row("strict extraction", strictPrecision(), strictRecall(), strictF1()),
                row("relaxed extraction", relaxedPrecision(), relaxedRecall(), relaxedF1()),
                String.format(Locale.ROOT, "%-22s %9s %9s %9.3f", "type", "", "", typeF1()),
                String.format(Locale.ROOT, "%-22s %9s %9s %9.3f", "value", "", "", valueF1()),
                String.format(Locale.ROOT, "gold %d, system %d, relaxed matches %d (type accuracy %.3f, value accuracy %.3f)",
                        gold, system, relaxedPairs, ratio(typeCorrect, relaxedPairs), ratio(valueCorrect, relaxedPairs)));
    }

    private static String row(String name, double p, double r, double f) {
        return String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f", name, p, r, f);
    }

    private static double ratio(int a, int b) {
        return PrecisionRecall.ratio(a, b);
    }

    private static double f1(double p, double r) {
        return new PrecisionRecall(p, r).f1();
    }
}
