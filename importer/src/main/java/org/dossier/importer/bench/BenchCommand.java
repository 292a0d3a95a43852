package org.dossier.importer.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures Dossier's speed and prints figures (see docs/benchmarks.md). Needs no database.",
        subcommands = {ExtractionBenchmark.class})
public class BenchCommand {
}
