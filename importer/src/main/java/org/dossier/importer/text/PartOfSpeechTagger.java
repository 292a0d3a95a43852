package org.dossier.importer.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;

/**
 * OpenNLP's maximum-entropy part-of-speech model, read greedily: at each word the likeliest tag the
 * model allows given the tags before it.
 *
 * <p>OpenNLP's own tagger builds some twenty feature strings per word and looks each up in the
 * model, then exponentiates and normalises every tag's score; tagging was the costliest step of the
 * extraction (see docs/benchmarks.md). The model's features are fixed per word (its prefixes,
 * suffixes, shape, and the word as a neighbour), per sentence position and per previous tags, so
 * this tagger sums a word's own weights once and keeps them with its neighbour features, and ranks
 * tags by their summed weights: the exponent and the normalising change no ranking. Weights are
 * kept dense, a value for every tag (zero where the model has none), so each feature's share is a
 * plain run of additions rather than a scatter. Adding in
 * another order can move a sum by its last bit; the tags were the same as OpenNLP's for all
 * 1.1 million words of three Timeline17 topics, and a test compares them on our own sentences.
 *
 * <p>Relies on the layout of the English UD model's feature generator (definition, suffixes,
 * prefixes, a ±2 window of words and of sentence starts, word class, previous tags); a test checks
 * the tags against OpenNLP's on sentences of every shape. Not thread-safe; one per thread.
 */
final class PartOfSpeechTagger {

    // A kept word holds its own weights and those of its features as a neighbour, 38 each (2.6 arrays on average
    // over 1,000 Timeline17 articles): ~50 MB per tagger at most, one per extraction thread.
    private static final int MAX_WORDS = 50_000;

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final TagDictionary dictionary;
    private final Map<String, Context> weights;
    private final double[] prior;
    private final Map<String, Integer> outcomeIndex = new HashMap<>();
    private final double[][] sentenceStart;
    private final double[][] previousTag;
    private final double[][][] previousTwoTags;
    private final Map<String, Word> words = new HashMap<>();
    private final double[] scores;
    private String[] lastSentence;
    private Word[] lastDescribed;

    @SuppressWarnings("unchecked")
    PartOfSpeechTagger(POSModel posModel) {
        this.model = posModel.getArtifact("pos.model");
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.dictionary = posModel.getFactory().getTagDictionary();
        this.weights = (Map<String, Context>) ((opennlp.tools.ml.model.AbstractModel) model).getDataStructures()[1];
        int outcomes = model.getNumOutcomes();
        this.scores = new double[outcomes];
        this.prior = new double[outcomes];
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomeNames(), new String[0]);
        uniform.logPrior(prior, new int[0]);
        this.sentenceStart = new double[][] {dense("S=begin"), dense("p1S=begin"), dense("p2S=begin")};
        this.previousTag = new double[outcomes][];
        this.previousTwoTags = new double[outcomes][outcomes][];
        for (int a = 0; a < outcomes; a++) {
            outcomeIndex.put(model.getOutcome(a), a);
            previousTag[a] = dense("t=" + model.getOutcome(a));
            for (int b = 0; b < outcomes; b++) {
                previousTwoTags[a][b] = dense("t2=" + model.getOutcome(a) + "," + model.getOutcome(b));
            }
        }
    }

    /**
     * Tags words [from, to) in place, given the tags before {@code from}. Each tag depends only on
     * the words and on the tags before it, so tagging a sentence in pieces gives the same tags as
     * tagging it whole.
     */
    void tag(String[] sentence, String[] tags, int from, int to) {
        Word[] described = described(sentence);
        for (int i = from; i < to; i++) {
            score(sentence, described, tags, i);
            tags[i] = model.getOutcome(best(described[i]));
        }
    }

    /** The sentence's words with their features, each described when first needed; a sentence tagged in pieces is described once. */
    private Word[] described(String[] sentence) {
        if (sentence != lastSentence) {
            lastSentence = sentence;
            lastDescribed = new Word[sentence.length];
        }
        return lastDescribed;
    }

    private Word at(String[] sentence, Word[] described, int i) {
        Word word = described[i];
        if (word == null) {
            word = word(sentence[i]);
            described[i] = word;
        }
        return word;
    }

    /** The summed weights of every tag at word {@code i}: the word's own, its neighbours', its position's, the tags' before it. */
    private void score(String[] sentence, Word[] described, String[] tags, int i) {
        System.arraycopy(at(sentence, described, i).own(), 0, scores, 0, scores.length);
        if (i >= 1) {
            add(at(sentence, described, i - 1).before1());
        }
        if (i >= 2) {
            add(at(sentence, described, i - 2).before2());
        }
        if (i + 1 < sentence.length) {
            add(at(sentence, described, i + 1).after1());
        }
        if (i + 2 < sentence.length) {
            add(at(sentence, described, i + 2).after2());
        }
        if (i < sentenceStart.length) {
            add(sentenceStart[i]);
        }
        if (i >= 1) {
            int last = outcomeIndex.get(tags[i - 1]);
            add(previousTag[last]);
            if (i >= 2) {
                add(previousTwoTags[outcomeIndex.get(tags[i - 2])][last]);
            }
        }
    }

    private void add(double[] feature) {
        if (feature != null) {
            for (int k = 0; k < feature.length; k++) {
                scores[k] += feature[k];
            }
        }
    }

    /**
     * A feature's weights for every tag, zero where the model has none: adding zero changes no sum,
     * so the scores are the same as from the sparse weights, and a dense sum is several times cheaper.
     */
    private double[] dense(String feature) {
        Context weightsOf = weights.get(feature);
        if (weightsOf == null) {
            return null;
        }
        double[] all = new double[scores.length];
        addTo(all, weightsOf);
        return all;
    }

    private static void addTo(double[] sums, Context feature) {
        if (feature == null) {
            return;
        }
        int[] outcomes = feature.getOutcomes();
        double[] parameters = feature.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            sums[outcomes[k]] += parameters[k];
        }
    }

    /** The highest-scoring tag the model's tag dictionary allows for the word. */
    private int best(Word word) {
        int best = -1;
        for (int outcome = 0; outcome < scores.length; outcome++) {
            if ((best < 0 || scores[outcome] > scores[best]) && word.allows(outcome)) {
                best = outcome;
            }
        }
        return best;
    }

    private Word word(String text) {
        Word word = words.get(text);
        if (word == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            word = describe(text);
            words.put(text, word);
        }
        return word;
    }

    /**
     * A word's features as the model's own generator makes them, read off a one-word sentence:
     * those before "w=" and "w=" itself come first in a context, word class ("wc=", "w&c=") after
     * the window; "S=begin" belongs to the position, not the word.
     */
    private Word describe(String text) {
        double[] own = prior.clone();
        String asNeighbour = null;
        for (String feature : contexts.getContext(0, new String[] {text}, new String[1], null)) {
            if (feature.startsWith("w=")) {
                asNeighbour = feature;
            }
            if (!feature.equals("S=begin")) {
                addTo(own, weights.get(feature));
            }
        }
        return new Word(own, dense("p1" + asNeighbour), dense("p2" + asNeighbour), dense("n1" + asNeighbour),
                dense("n2" + asNeighbour), allowedTags(text));
    }

    private boolean[] allowedTags(String text) {
        String[] listed = dictionary == null ? null : dictionary.getTags(text);
        if (listed == null) {
            return null;
        }
        boolean[] allowed = new boolean[scores.length];
        for (String tag : listed) {
            Integer index = outcomeIndex.get(tag);
            if (index != null) {
                allowed[index] = true;
            }
        }
        return allowed;
    }

    private String[] outcomeNames() {
        String[] names = new String[model.getNumOutcomes()];
        for (int i = 0; i < names.length; i++) {
            names[i] = model.getOutcome(i);
        }
        return names;
    }

    /**
     * One word's features: the summed weights of its own (from the prior on), its features as the
     * word before (p1w, p2w) or after (n1w, n2w) another; and the tags the dictionary allows it (null: any).
     */
    private record Word(double[] own, double[] before1, double[] before2, double[] after1, double[] after2, boolean[] allowedTags) {

        boolean allows(int outcome) {
            return allowedTags == null || allowedTags[outcome];
        }
    }
}
