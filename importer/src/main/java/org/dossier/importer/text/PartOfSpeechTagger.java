package org.dossier.importer.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's maximum-entropy part-of-speech model, read greedily: at each word the likeliest tag the
 * model allows given the tags before it. OpenNLP's own tagger searches a beam of sequences, which
 * for a beam of one gives the same tags but sorts every word's scores and builds a sequence object
 * per step; tagging was the costliest step of the extraction (see docs/benchmarks.md).
 *
 * <p>Not thread-safe (the context generator caches); one per thread, sharing the model.
 */
final class PartOfSpeechTagger {

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    PartOfSpeechTagger(POSModel posModel) {
        this.model = posModel.getArtifact("pos.model");
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.validator = posModel.getFactory().getSequenceValidator();
        this.scores = new double[model.getNumOutcomes()];
    }

    /**
     * Tags words [from, to) in place, given the tags before {@code from}. Each tag depends only on
     * the words and on the tags before it, so tagging a sentence in pieces gives the same tags as
     * tagging it whole.
     */
    void tag(String[] words, String[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            model.eval(contexts.getContext(i, words, tags, null), scores);
            tags[i] = best(i, words, tags);
        }
    }

    /** The highest-scoring tag the validator (the model's tag dictionary) allows at word {@code i}. */
    private String best(int i, String[] words, String[] tags) {
        String[] before = Arrays.copyOf(tags, i);
        int best = -1;
        for (int outcome = 0; outcome < scores.length; outcome++) {
            if ((best < 0 || scores[outcome] > scores[best]) && validator.validSequence(i, words, before, model.getOutcome(outcome))) {
                best = outcome;
            }
        }
        return model.getOutcome(best);
    }
}
