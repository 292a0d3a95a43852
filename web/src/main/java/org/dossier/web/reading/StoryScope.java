package org.dossier.web.reading;

/**
 * JPQL fragments that keep a query to one story: its events are filed in story_event, its
 * statements and positions are those with evidence from one of its sources. Each expects the
 * parameter {@code :story} (the story's id).
 */
public final class StoryScope {

    public static final String EVENTS = "(select se.id from Story st join st.events se where st.id = :story)";

    public static final String SOURCES = "(select ss.id from Story st join st.sources ss where st.id = :story)";

    private StoryScope() {
    }

    /** True when the fact under {@code alias} has evidence in one of the story's sources. */
    public static String evidencedIn(String fact, String alias) {
        return "exists (select 1 from Evidence ev where ev." + fact + " = " + alias + " and ev.source.id in " + SOURCES + ")";
    }
}
