package org.dossier.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

class PartOfSpeechTaggerTest {

    private static final POSModel MODEL = Linguistics.PARTS_OF_SPEECH;

    /** Sentences of every shape: one word, two, a title and name, numbers, contractions, unknown words, quotes. */
    private static final List<String> SENTENCES = List.of(
            "Yes",
            "He left .",
            "Russian Foreign Minister Sergey Lavrov said on Friday that the talks in Lausanne were useful .",
            "The envoy does n't expect a breakthrough , and it 's unclear whether Kerry will go to London Sunday .",
            "\" We will not accept this , \" said the Zorblaxian delegate , who arrived 5½ years after the 2011 uprising .",
            "UN aid convoys reached 1,200 people in east Aleppo ; 40 % of them were children .",
            "Talks , talks , talks !");

    @Test
    void tagsAsOpenNlpsModelReadGreedilyDoes() {
        PartOfSpeechTagger tagger = new PartOfSpeechTagger(MODEL);
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            String[] tags = new String[words.length];
            tagger.tag(words, tags, 0, words.length);
            assertThat(tags).as(sentence).containsExactly(openNlpGreedy(words));
        }
    }

    @Test
    void taggingInPiecesGivesTheSameTagsAsTaggingWhole() {
        String[] words = SENTENCES.get(2).split(" ");
        String[] whole = new String[words.length];
        String[] pieces = new String[words.length];
        PartOfSpeechTagger tagger = new PartOfSpeechTagger(MODEL);
        tagger.tag(words, whole, 0, words.length);
        tagger.tag(words, pieces, 0, 4);
        tagger.tag(words, pieces, 4, words.length);
        assertThat(pieces).containsExactly(whole);
    }

    /** The reference: OpenNLP's model scores each word given the tags before it; the best tag the dictionary allows wins. */
    private static String[] openNlpGreedy(String[] words) {
        MaxentModel model = MODEL.getArtifact("pos.model");
        POSContextGenerator contexts = MODEL.getFactory().getPOSContextGenerator(0);
        SequenceValidator<String> validator = MODEL.getFactory().getSequenceValidator();
        String[] tags = new String[words.length];
        double[] scores = new double[model.getNumOutcomes()];
        for (int i = 0; i < words.length; i++) {
            model.eval(contexts.getContext(i, words, tags, null), scores);
            String[] before = Arrays.copyOf(tags, i);
            int best = -1;
            for (int outcome = 0; outcome < scores.length; outcome++) {
                if ((best < 0 || scores[outcome] > scores[best]) && validator.validSequence(i, words, before, model.getOutcome(outcome))) {
                    best = outcome;
                }
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}
