package org.dossier.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and parts of speech from Apache OpenNLP's English (UD EWT) models, which come
 * from Maven Central with the build. The models are loaded once; the OpenNLP tools are not
 * thread-safe, so each thread gets its own (cheap: they share the models).
 */
public final class Linguistics {

    private static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    // Package-visible: the tests of the tokenizer and tagger compare them with OpenNLP on these models.
    static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final POSModel PARTS_OF_SPEECH = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private record Tools(SentenceDetectorME sentences, ChunkTokenizer tokens, PartOfSpeechTagger tags) {
        Tools() {
            this(new SentenceDetectorME(SENTENCES), new ChunkTokenizer(TOKENS), new PartOfSpeechTagger(PARTS_OF_SPEECH));
        }
    }

    public AnalysedText analyse(CleanText clean) {
        Tools tools = TOOLS.get();
        String text = clean.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span paragraph : Paragraphs.of(text)) {
            String paragraphText = paragraph.getCoveredText(text).toString();
            for (Span span : SentenceBreaks.repaired(paragraphText, tools.sentences().sentPosDetect(paragraphText))) {
                int start = paragraph.getStart() + span.getStart();
                int end = paragraph.getStart() + span.getEnd();
                sentences.add(sentence(tools, text, sentences.size(), start, end));
            }
        }
        return new AnalysedText(clean, List.copyOf(sentences));
    }

    private static Sentence sentence(Tools tools, String text, int index, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = tools.tokens().tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        SentenceTags tags = new SentenceTags(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags, i));
        }
        return new Sentence(index, start, end, sentenceText, List.copyOf(tokens));
    }

    /** Tags words [from, to) of a sentence with this thread's tagger; see {@link PartOfSpeechTagger#tag}. */
    static void tag(String[] words, String[] tags, int from, int to) {
        TOOLS.get().tags().tag(words, tags, from, to);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Linguistics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
        }
    }
}
