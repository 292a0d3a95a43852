package org.dossier.importer.eval;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the extraction against gold data (see ../shared/data/README.md). Needs no database.",
        subcommands = {TempEvalCommand.class, PolNearCommand.class, TimelineCommand.class, MeantimeCommand.class})
public class EvalCommand {
}
