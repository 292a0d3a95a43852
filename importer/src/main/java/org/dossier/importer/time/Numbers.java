package org.dossier.importer.time;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the numbers of time expressions: "5", "5½", "1.5", "five", "twenty-six", "two and a half",
 * "a", "a couple of". Vague quantities ("several", "a few") have no number: their TIMEX3 value uses X.
 */
final class Numbers {

    static final String WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    static final String TENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety";
    static final String VAGUE = "several|a few|few|some|many|a couple of|a couple|couple of|numerous|a number of";
    /** A number as a regular expression: digits with an optional fraction, or number words. */
    static final String NUMBER = "(?:\\d+(?:[.,]\\d+)?(?:\\s?[½¼¾]|\\s+1/2)?|\\d*[½¼¾]|(?:" + WORDS + ")(?:[- ](?:" + WORDS + "))*"
            + "(?: and a half)?|a half|an?|" + VAGUE + ")";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private Numbers() {
    }

    /** The number, or empty for a vague quantity. */
    static Optional<BigDecimal> value(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        if (s.matches("an?|one")) {
            return Optional.of(BigDecimal.ONE);
        }
        if (s.equals("a half")) {
            return Optional.of(new BigDecimal("0.5"));
        }
        if (s.startsWith("a couple") || s.startsWith("couple")) {
            return Optional.of(BigDecimal.valueOf(2));
        }
        if (s.matches(VAGUE)) {
            return Optional.empty();
        }
        BigDecimal fraction = BigDecimal.ZERO;
        if (s.endsWith(" and a half")) {
            fraction = new BigDecimal("0.5");
            s = s.substring(0, s.length() - " and a half".length());
        }
        if (s.endsWith(" 1/2")) {
            fraction = new BigDecimal("0.5");
            s = s.substring(0, s.length() - " 1/2".length());
        }
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last == '½' || last == '¼' || last == '¾') {
            fraction = new BigDecimal(last == '½' ? "0.5" : last == '¼' ? "0.25" : "0.75");
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return Optional.of(fraction);
        }
        if (Character.isDigit(s.charAt(0))) {
            return Optional.of(new BigDecimal(s.replace(',', '.')).add(fraction));
        }
        BigDecimal half = fraction;
        return words(s).map(n -> BigDecimal.valueOf(n).add(half));
    }

    private static Optional<Integer> words(String s) {
        int total = 0;
        int current = 0;
        for (String word : s.split("[- ]+")) {
            if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (VALUES.containsKey(word)) {
                current += VALUES.get(word);
            } else {
                return Optional.empty();
            }
        }
        total += current;
        return Optional.of(total);
    }

    /** "5.5" not "5.50", "3" not "3.0": TIMEX3 values are written plainly. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
