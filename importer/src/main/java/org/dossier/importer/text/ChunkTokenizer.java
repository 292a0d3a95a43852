package org.dossier.importer.text;

import java.util.ArrayList;
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

    private final TokenizerME model;
    private final Pattern alphanumeric;
    private final Map<String, int[]> splits = new HashMap<>();

    ChunkTokenizer(TokenizerModel model) {
        this.model = new TokenizerME(model);
        this.alphanumeric = model.getFactory().getAlphaNumericPattern();
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
                for (int split : splitsOf(sentence.substring(chunkStart, i))) {
                    tokens.add(new Span(start, chunkStart + split));
                    start = chunkStart + split;
                }
                tokens.add(new Span(start, i));
            }
        }
        return tokens.toArray(Span[]::new);
    }

    /** Where the chunk splits, as offsets into it. */
    private int[] splitsOf(String chunk) {
        if (chunk.length() < 2 || alphanumeric.matcher(chunk).matches()) {
            return NO_SPLIT;
        }
        int[] known = splits.get(chunk);
        if (known == null) {
            if (splits.size() >= MAX_CHUNKS) {
                splits.clear();
            }
            Span[] parts = model.tokenizePos(chunk);
            known = new int[parts.length - 1];
            for (int i = 0; i < known.length; i++) {
                known[i] = parts[i].getEnd();
            }
            splits.put(chunk, known);
        }
        return known;
    }
}
