package org.dossier.importer.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures Dossier's speed and prints figures (see docs/benchmarks.md). extract needs no database; import fills one.",
        subcommands = {ExtractionBenchmark.class, ImportBenchmark.class})
public class BenchCommand {
}
