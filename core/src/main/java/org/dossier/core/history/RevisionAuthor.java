package org.dossier.core.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import org.hibernate.envers.RevisionListener;

/**
 * Names the author of each revision: the signed-in editor where there is one, else the process
 * that made the change ("importer" for imports, which have no user).
 */
public class RevisionAuthor implements RevisionListener {

    static final String NOBODY = "importer";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).editor = current();
    }

    private static String current() {
        try (InstanceHandle<CurrentEditor> editor = Arc.container().instance(CurrentEditor.class)) {
            return editor.isAvailable() ? editor.get().name().orElse(NOBODY) : NOBODY;
        } catch (RuntimeException outsideARequest) {
            return NOBODY;
        }
    }
}
