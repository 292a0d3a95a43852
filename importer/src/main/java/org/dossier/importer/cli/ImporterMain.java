package org.dossier.importer.cli;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.Set;
import org.dossier.importer.bench.BenchCommand;
import org.dossier.importer.bench.ExtractionBenchmark;
import org.dossier.importer.eval.EvalCommand;
import org.dossier.importer.eval.MeantimeCommand;
import org.dossier.importer.eval.PolNearCommand;
import org.dossier.importer.eval.TempEvalCommand;
import org.dossier.importer.eval.TimelineCommand;
import org.dossier.importer.extract.ExtractCommand;
import picocli.CommandLine;

/**
 * The importer's entry point. Help, version, command-line mistakes and the commands that only read
 * files and print (extract, eval) run before Quarkus starts, so they need no database; commands that
 * store run inside Quarkus with CDI.
 */
@QuarkusMain(name = "importer")
public class ImporterMain implements QuarkusApplication {

    public static void main(String... args) {
        OptionalInt answered = answerWithoutDatabase(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        // A command line tool speaks through its output; the framework's start-up log is noise there.
        System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
        System.setProperty("quarkus.banner.enabled", "false");
        Quarkus.run(ImporterMain.class, args);
    }

    /** Commands that read files and print: no database, so no Quarkus start. */
    private static final Set<Class<?>> NEEDS_NO_DATABASE = Set.of(ExtractCommand.class, EvalCommand.class, TempEvalCommand.class,
            PolNearCommand.class, TimelineCommand.class, MeantimeCommand.class, BenchCommand.class, ExtractionBenchmark.class);

    /** The exit status when the command line needs no database (help, version, a mistake, extract, eval). */
    public static OptionalInt answerWithoutDatabase(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = DossierCommand.commandLine(CommandLine.defaultFactory());
        cli.setOut(out).setErr(err);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return OptionalInt.of(0);
            }
            if (!parsed.hasSubcommand()) {
                err.println("Name a command.");
                cli.usage(err);
                return OptionalInt.of(2);
            }
            if (needsNoDatabase(parsed)) {
                return OptionalInt.of(cli.execute(args));
            }
            return OptionalInt.empty();
        } catch (CommandLine.ParameterException wrong) {
            err.println(wrong.getMessage());
            wrong.getCommandLine().usage(err);
            return OptionalInt.of(2);
        }
    }

    /** The command named last (a group such as eval or bench, named alone, prints its usage) only reads files. */
    private static boolean needsNoDatabase(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult named = parsed;
        while (named.hasSubcommand()) {
            named = named.subcommand();
        }
        return NEEDS_NO_DATABASE.contains(named.commandSpec().userObject().getClass());
    }

    @Override
    public int run(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with beans from the running application. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return DossierCommand.commandLine(new BeanFactory()).setOut(out).setErr(err).execute(args);
    }

    /** Commands are CDI beans (to inject services); picocli's own classes are made as usual. */
    static final class BeanFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            InstanceHandle<K> bean = Arc.container().instance(type);
            return bean.isAvailable() ? bean.get() : CommandLine.defaultFactory().create(type);
        }
    }
}
