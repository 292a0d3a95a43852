package org.dossier.core.history;

import java.util.Optional;

/** Who is changing facts right now, as the application knows it (the web knows its signed-in user). */
public interface CurrentEditor {

    Optional<String> name();
}
