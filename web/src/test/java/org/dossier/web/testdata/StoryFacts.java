package org.dossier.web.testdata;

import org.dossier.core.actor.Actor;
import org.dossier.core.actor.ActorRole;
import org.dossier.core.event.Event;
import org.dossier.core.source.Source;
import org.dossier.core.statement.Position;
import org.dossier.core.statement.Statement;
import org.dossier.core.story.Story;

/** The facts {@link TestData#storyWithFacts} committed, for tests to find them by. */
public record StoryFacts(Story story, Source source, Actor minister, Actor country, Event meeting, Event monthEvent, Event rejected,
        Statement quote, Position position, ActorRole role, String marker) {
}
