package org.dossier.core.briefing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.dossier.core.event.Event;
import org.dossier.core.statement.Statement;

/** A fact an editor chose for a briefing: a key event or a key quote, exactly one of the two. */
@Embeddable
public class BriefingItem {

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    public Statement statement;

    protected BriefingItem() {
    }

    public static BriefingItem of(Event event) {
        BriefingItem item = new BriefingItem();
        item.event = event;
        return item;
    }

    public static BriefingItem of(Statement statement) {
        BriefingItem item = new BriefingItem();
        item.statement = statement;
        return item;
    }
}
