package org.dossier.importer.actors;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Organisations of one word that earlier articles described as such ("aircraft maker Boeing",
 * "news agency Tass"), so that a later article naming them bare ("Boeing said …") finds
 * them too. Within one article the actors stage already does this; this carries it across the
 * articles of an import, as an analyst reading the story would. Only a description establishes a
 * name: the weaker signs an article may read a name by (a title after it, "its" after it) are
 * wrong often enough that, carried into every later article, they made organisations of
 * "Louisiana", "Tuesday" and "Obama" (measured in docs/quality.md). Safe to share between threads.
 */
public final class KnownOrganisations {

    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Set<String> refused;

    private KnownOrganisations(Collection<String> refused) {
        this.refused = Set.copyOf(refused);
    }

    public static KnownOrganisations none() {
        return new KnownOrganisations(Set.of());
    }

    /** Starts out knowing {@code names}; the {@code refused} ones, which editors withdrew, are never learnt again. */
    public static KnownOrganisations of(Collection<String> names, Collection<String> refused) {
        KnownOrganisations known = new KnownOrganisations(refused);
        names.forEach(known::learn);
        return known;
    }

    /** Keeps a name of one capitalised word ("Boeing", "NATO"); a longer name is left, as its words may stand alone for others. */
    public void learn(String name) {
        if (!name.isEmpty() && name.indexOf(' ') < 0 && Character.isUpperCase(name.charAt(0)) && !refused.contains(name)) {
            names.add(name);
        }
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }
}
