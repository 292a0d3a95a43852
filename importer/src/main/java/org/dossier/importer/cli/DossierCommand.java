package org.dossier.importer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The importer's top command: {@code importer <subcommand>}. */
@Command(name = "importer", mixinStandardHelpOptions = true, versionProvider = DossierVersion.class,
        description = "Imports news articles into Dossier and extracts what they report.",
        subcommands = {ImportCommand.class, org.dossier.importer.extract.ExtractCommand.class, org.dossier.importer.eval.EvalCommand.class,
            org.dossier.importer.bench.BenchCommand.class, org.dossier.importer.bench.SeedCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article was imported or already present", "1:some articles failed (each is named on stderr)",
            "2:the command line was wrong"})
public class DossierCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: import, extract, eval, bench");
    }

    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(DossierCommand.class, factory)
                .setExitCodeExceptionMapper(failure -> failure instanceof CommandLine.ParameterException ? 2 : 1);
    }
}
