package org.dossier.importer.actors;

import java.util.Set;

/**
 * Words that make the capitalised name they end an organisation's: "Singapore Airlines", "Human
 * Rights Watch", "Apple Inc.", "Interior Ministry". Lower case.
 */
final class OrganisationWords {

    // Companies' last words too: "Apple Computer", "General Motors", "Boeing Commercial Airplanes"; not "capital", a city as often.
    private static final Set<String> WORDS = Set.of("aerospace", "airplanes", "communications", "computer", "electric",
            "entertainment", "motors", "partners", "petroleum", "pharmaceuticals", "securities", "software",
            // Bodies and papers: "National Assembly", "Caribbean Community", "Medecins Sans Frontieres", "Chicago Tribune".
            "assembly", "cabinet", "community", "congress", "frontieres", "frontières", "gazette", "government", "herald",
            "journal", "parliament", "telegraph", "tribune",
            "agency", "administration", "airline", "airlines", "airways", "army",
            "association", "authority", "bank", "board", "brotherhood", "bureau", "center", "centre", "coalition", "co",
            "co.", "commission", "committee", "company", "corp", "corp.", "corporation", "council", "court", "department",
            "federation", "forces", "foundation", "front", "fund", "group", "guard", "holdings", "inc", "inc.", "industries",
            "institute", "international", "league", "llc", "ltd", "ltd.", "ministry", "movement", "navy", "network", "news",
            "office", "organisation", "organization", "party", "plc", "police", "post", "program", "programme", "radio",
            "service", "systems", "technologies", "television", "times", "tv", "union", "university", "watch");

    private OrganisationWords() {
    }

    static boolean contains(String lowerCase) {
        return WORDS.contains(lowerCase);
    }
}
