package org.dossier.importer.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's tokenizer, asked once per distinct chunk. The model splits text at white space into
 * chunks and decides at every character of a chunk whether to split there, from that chunk's
 * characters alone; so a chunk that recurs ("said.", "U.S.", "Obama's") splits the same way each
 * time, and its splits are kept. A chunk of letters and digits alone ("Lavrov", "2016") is one
 * token whatever the model says, as OpenNLP's older English models had it, and skips the model.
 *
 * <p>Not thread-safe; one per thread.
 */
final class ChunkTokenizer {

    private static final int MAX_CHUNKS = 50_000;
    private static final int[] NO_SPLIT = new int[0];

    // The English models' own pattern, which a loop tests several times faster than the regex engine.
    private static final String ASCII_ALPHANUMERIC = "^[A-Za-z0-9]+$";

    private final TokenizerME model;
    private final Pattern alphanumeric;
    private final boolean asciiAlphanumeric;
    private final Map<String, int[]> splits = new HashMap<>();

    ChunkTokenizer(TokenizerModel model) {
        this.model = new TokenizerME(model);
        this.alphanumeric = model.getFactory().getAlphaNumericPattern();
        this.asciiAlphanumeric = alphanumeric.pattern().equals(ASCII_ALPHANUMERIC) && alphanumeric.flags() == 0;
    }

    /** The tokens of a sentence as spans of it. */
    Span[] tokenizePos(String sentence) {
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            // White space as OpenNLP's WhitespaceTokenizer sees it.
            while (i < sentence.length() && StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int chunkStart = i;
            while (i < sentence.length() && !StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > chunkStart) {
                int start = chunkStart;
                int[] splits = isOneToken(sentence, chunkStart, i) ? NO_SPLIT : splitsOf(sentence.substring(chunkStart, i));
                for (int split : splits) {
                    tokens.add(new Span(start, chunkStart + split));
                    start = chunkStart + split;
                }
                tokens.add(new Span(start, i));
            }
        }
        return tokens.toArray(Span[]::new);
    }

    /** A chunk of one character, or of letters and digits alone (the model's alphanumeric pattern). */
    private boolean isOneToken(String sentence, int from, int to) {
        if (to - from < 2) {
            return true;
        }
        if (asciiAlphanumeric) {
            for (int i = from; i < to; i++) {
                char c = sentence.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    return false;
                }
            }
            return true;
        }
        return alphanumeric.matcher(sentence).region(from, to).matches();
    }

    /**
     * Where the model's parts end, the last excepted. The model splits many hyphenated words into
     * word, hyphen, word ("Jean - Marc", "last - minute") and leaves others whole ("Ki-moon"), but
     * now and then it leaves the hyphen on the second word ("Mensah -Bonsu"), which then reads as
     * punctuation and cuts a name in two; such a hyphen is split off as well.
     */
    private static int[] hyphensApart(String chunk, Span[] parts) {
        int[] ends = new int[2 * parts.length];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            int start = parts[i].getStart();
            if (i > 0 && parts[i].length() > 1 && chunk.charAt(start) == '-' && Character.isLetter(chunk.charAt(start + 1))) {
                ends[count++] = start + 1;
            }
            if (i < parts.length - 1) {
                ends[count++] = parts[i].getEnd();
            }
        }
        return Arrays.copyOf(ends, count);
    }

    /** Where the chunk splits, as offsets into it. */
    private int[] splitsOf(String chunk) {
        int[] known = splits.get(chunk);
        if (known == null) {
            if (splits.size() >= MAX_CHUNKS) {
                splits.clear();
            }
            known = hyphensApart(chunk, model.tokenizePos(chunk));
            splits.put(chunk, known);
        }
        return known;
    }
}
