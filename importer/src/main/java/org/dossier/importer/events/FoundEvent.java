package org.dossier.importer.events;

import java.util.List;
import org.dossier.core.event.EventKind;
import org.dossier.core.time.FuzzyDate;

/** A dated event of one article: kind, one-line summary, when, the actors named, and its sentence (cleaned-text span). */
public record FoundEvent(EventKind kind, String summary, FuzzyDate date, List<String> actors, int sentenceStart, int sentenceEnd) {
}
