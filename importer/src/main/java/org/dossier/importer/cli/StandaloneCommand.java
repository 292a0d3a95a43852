package org.dossier.importer.cli;

/**
 * A command that needs no database (extraction, evaluation): it runs without starting Quarkus,
 * which keeps it fast and usable where no database is.
 */
public interface StandaloneCommand {
}
