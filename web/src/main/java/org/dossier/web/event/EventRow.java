package org.dossier.web.event;

import org.dossier.core.time.FuzzyDate;

/** An event as lists show it, read without loading the entity. */
public record EventRow(long id, FuzzyDate happened, String kind, String summary, String place) {
}
