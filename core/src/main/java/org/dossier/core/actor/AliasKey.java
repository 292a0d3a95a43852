package org.dossier.core.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which aliases are compared: "Sergey Lavrov", "SERGEY LAVROV" and "Sergéy  Lavrov"
 * are one key. Accents, case, punctuation and a leading "the" do not tell actors apart in news text.
 */
public final class AliasKey {

    // Accents are dropped from Latin letters only: in Cyrillic "й" is a letter of its own, not "и" with a mark.
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private AliasKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String unaccented = LATIN_MARKS.matcher(decomposed).replaceAll("");
        String folded = Normalizer.normalize(unaccented, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String words = NOT_WORD.matcher(folded).replaceAll(" ").trim();
        return LEADING_THE.matcher(words).replaceFirst("");
    }
}
