package org.dossier.importer.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Undoes the sentence model's breaks that news typography makes false: after a title or other
 * abbreviation ("Rep. Stephen Lynch", "Sen.", "Gen.", "U.S."), after an initial ("Paul D. Ryan"),
 * and before a word in lower case ("Lynch (D-Mass.) said …"): a news sentence never starts with
 * one. The English model learned from web text, where these are rare.
 */
final class SentenceBreaks {

    private static final Set<String> ABBREVIATIONS = abbreviations("Sr.", "Jr.", "St.", "Mt.", "Ft.", "Inc.", "Corp.", "Co.", "Ltd.",
            "Bros.", "No.", "Nos.", "Vol.", "vs.",
            "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.N.", "U.K.", "E.U.", "D.C.",
            "a.m.", "p.m.", "Ave.", "Blvd.", "Calif.", "Fla.", "Mass.", "Ill.", "Pa.", "Va.", "Wash.", "Mich.", "Ariz.", "Colo.",
            "Conn.", "Ga.", "Ky.", "La.", "Md.", "Minn.", "Mo.", "Miss.", "Nev.", "Okla.", "Ore.", "Tenn.", "Tex.", "Wis.", "Ala.");

    private SentenceBreaks() {
    }

    /** The given abbreviations and every title's, with their full stops. */
    private static Set<String> abbreviations(String... others) {
        Set<String> all = new HashSet<>(List.of(others));
        Abbreviations.TITLES.forEach(title -> all.add(title + "."));
        return Set.copyOf(all);
    }

    /** The detected sentences of a paragraph, with the false breaks between them removed. */
    static List<Span> repaired(String paragraph, Span[] detected) {
        List<Span> sentences = new ArrayList<>(detected.length);
        for (Span span : detected) {
            if (!sentences.isEmpty() && isFalseBreak(paragraph, sentences.get(sentences.size() - 1), span)) {
                Span previous = sentences.remove(sentences.size() - 1);
                sentences.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                sentences.add(span);
            }
        }
        return sentences;
    }

    private static boolean isFalseBreak(String paragraph, Span before, Span after) {
        char first = paragraph.charAt(after.getStart());
        if (Character.isLowerCase(first)) {
            return true;
        }
        String lastWord = lastWord(paragraph, before);
        return ABBREVIATIONS.contains(lastWord) || isInitial(lastWord);
    }

    private static String lastWord(String paragraph, Span sentence) {
        int end = sentence.getEnd();
        int start = end;
        while (start > sentence.getStart() && !Character.isWhitespace(paragraph.charAt(start - 1))) {
            start--;
        }
        // Opening brackets and quote marks are no part of the word: "(Gen." is "Gen.".
        while (start < end && "(\"'".indexOf(paragraph.charAt(start)) >= 0) {
            start++;
        }
        return paragraph.substring(start, end);
    }

    /** "D." in "Paul D. Ryan": one capital letter and a full stop. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }
}
