package org.dossier.importer.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A MEANTIME article (NewsReader's NAF-like XML): its tokens joined back into a text, its creation
 * date, its entities with their mentions, and its time expressions (TIMEX3), as spans of that text.
 *
 * <p>Annotators marked the title and the first sentences only (five in nearly every article); text
 * before {@code annotatedEnd}, the end of the last sentence holding an annotation, is the annotated part.
 *
 * <p>The corpus holds tokens, not the original text, so the text is rebuilt: tokens joined by one
 * space, none before closing punctuation or after an opening bracket, one line per sentence.
 */
record MeantimeDocument(String name, String text, LocalDate created, List<Entity> entities, List<TimeMlDocument.Timex> timexes,
        int annotatedEnd) {

    /** An entity of the article: its type (PER, ORG, LOC, PRO, FIN, MIX) and its mentions. */
    record Entity(String type, List<Mention> mentions) {
    }

    /** A mention as a span of the rebuilt text, with its syntactic type (NAM named, NOM nominal, PRO pronoun...). */
    record Mention(int start, int end, String syntacticType) {
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "'s", "'", "n't", "%");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "$");

    static MeantimeDocument read(Path file) throws IOException {
        Document xml = parse(file);
        Element root = xml.getDocumentElement();
        Map<String, int[]> tokenSpans = new HashMap<>();
        String text = rebuildText(root.getElementsByTagName("token"), tokenSpans);
        Map<String, Mention> mentions = new HashMap<>();
        NodeList mentionElements = root.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < mentionElements.getLength(); i++) {
            Element mention = (Element) mentionElements.item(i);
            int[] span = spanOf(mention, tokenSpans);
            if (span != null) {
                mentions.put(mention.getAttribute("m_id"), new Mention(span[0], span[1], mention.getAttribute("syntactic_type")));
            }
        }
        Map<String, String> entityTypes = new HashMap<>();
        NodeList entityElements = root.getElementsByTagName("ENTITY");
        for (int i = 0; i < entityElements.getLength(); i++) {
            Element entity = (Element) entityElements.item(i);
            entityTypes.put(entity.getAttribute("m_id"), entity.getAttribute("ent_type"));
        }
        return new MeantimeDocument(file.getFileName().toString(), text, created(root), entities(root, entityTypes, mentions),
                timexes(root, tokenSpans), annotatedEnd(root, tokenSpans, text));
    }

    private static int annotatedEnd(Element root, Map<String, int[]> tokenSpans, String text) {
        NodeList anchors = root.getElementsByTagName("token_anchor");
        int lastAnnotated = 0;
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] token = tokenSpans.get(((Element) anchors.item(i)).getAttribute("t_id"));
            lastAnnotated = token == null ? lastAnnotated : Math.max(lastAnnotated, token[1]);
        }
        int sentenceEnd = text.indexOf('\n', lastAnnotated);
        return sentenceEnd < 0 ? text.length() : sentenceEnd;
    }

    /**
     * The time expressions written in the text, the dateline's creation time among them; those
     * anchored to no token (dates an expression implies, such as the start of "the past week") are
     * no text to find.
     */
    private static List<TimeMlDocument.Timex> timexes(Element root, Map<String, int[]> tokenSpans) {
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        NodeList elements = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < elements.getLength(); i++) {
            Element timex = (Element) elements.item(i);
            int[] span = spanOf(timex, tokenSpans);
            if (span != null) {
                timexes.add(new TimeMlDocument.Timex(span[0], span[1], timex.getAttribute("type"), timex.getAttribute("value")));
            }
        }
        timexes.sort(Comparator.comparingInt(TimeMlDocument.Timex::start));
        return timexes;
    }

    private static List<Entity> entities(Element root, Map<String, String> entityTypes, Map<String, Mention> mentions) {
        Map<String, List<Mention>> byEntity = new HashMap<>();
        NodeList relations = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            String target = ((Element) relation.getElementsByTagName("target").item(0)).getAttribute("m_id");
            if (!entityTypes.containsKey(target)) {
                continue;
            }
            NodeList sources = relation.getElementsByTagName("source");
            for (int s = 0; s < sources.getLength(); s++) {
                Mention mention = mentions.get(((Element) sources.item(s)).getAttribute("m_id"));
                if (mention != null) {
                    byEntity.computeIfAbsent(target, t -> new ArrayList<>()).add(mention);
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        byEntity.forEach((id, found) -> entities.add(new Entity(entityTypes.get(id), found)));
        return entities;
    }

    private static String rebuildText(NodeList tokens, Map<String, int[]> spans) {
        StringBuilder text = new StringBuilder();
        String sentence = null;
        String previous = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            String word = token.getTextContent();
            if (sentence != null && !sentence.equals(token.getAttribute("sentence"))) {
                text.append('\n');
            } else if (previous != null && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(previous)) {
                text.append(' ');
            }
            spans.put(token.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
            sentence = token.getAttribute("sentence");
            previous = word;
        }
        return text.toString();
    }

    private static int[] spanOf(Element markable, Map<String, int[]> tokenSpans) {
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] token = tokenSpans.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (token != null) {
                start = Math.min(start, token[0]);
                end = Math.max(end, token[1]);
            }
        }
        return end < 0 ? null : new int[] {start, end};
    }

    /** The creation time; for the few articles without one, the first full date (Wikinews's dateline); else null. */
    private static LocalDate created(Element root) {
        NodeList timexes = root.getElementsByTagName("TIMEX3");
        LocalDate firstDate = null;
        for (int i = 0; i < timexes.getLength(); i++) {
            Element timex = (Element) timexes.item(i);
            String value = timex.getAttribute("value");
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                continue;
            }
            LocalDate date = LocalDate.parse(value.substring(0, 10));
            if ("CREATION_TIME".equals(timex.getAttribute("functionInDocument"))) {
                return date;
            }
            firstDate = firstDate == null ? date : firstDate;
        }
        return firstDate;
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not a MEANTIME document: " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
