package org.rangefinder.app;

import java.io.PrintWriter;
import org.rangefinder.Guidelines;
import org.rangefinder.law.UnsupportedQuestionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rangefinder} command line. Exit codes: 0 done, 1 defect, 2 invalid input, 3 unsupported question. */
@Command(
        name = "rangefinder",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "U.S. federal sentencing guidelines engine: the Sentencing Table, applicable ranges under"
                + " U.S.S.G. § 5G1.1/§ 5G1.2, and sentence-reduction motions, with reasons and citations.",
        subcommands = {AnalyzeCommand.class, ScreenCommand.class, GenerateCommand.class, TableCommand.class, RangeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:a defect in Rangefinder (please report it)",
            "2:invalid input (every problem is listed)",
            "3:a question Rangefinder does not model (said why)"
        })
public final class Main implements Runnable {

    public static final int EXIT_DEFECT = 1;
    public static final int EXIT_INVALID = 2;
    public static final int EXIT_UNSUPPORTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (analyze, screen, generate, table, range)");
    }

    public static void main(String[] args) {
        preloadTheLaw(args);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Every command reads the legal data files (a few tenths of a second); for a command that will, they
     * are read on a second thread while the command line is parsed and the input opened. Help and
     * version do not wait for it (the thread is a daemon).
     */
    private static void preloadTheLaw(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("help")) {
                return;
            }
        }
        if (args.length > 0) {
            Thread.ofPlatform().daemon().name("law-preload").start(Guidelines::load);
        }
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> err.println("rangefinder: " + p));
                return EXIT_INVALID;
            }
            if (ex instanceof UnsupportedQuestionException unsupported) {
                err.println("rangefinder: unsupported: " + unsupported.getMessage());
                return EXIT_UNSUPPORTED;
            }
            err.println("rangefinder: internal error (a defect, please report it): " + ex);
            ex.printStackTrace(err);
            return EXIT_DEFECT;
        });
        cli.setParameterExceptionHandler((ex, params) -> {
            err.println("rangefinder: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_INVALID;
        });
        return cli.execute(args);
    }

    /** The engine version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rangefinder " + EngineVersion.get()};
        }
    }
}
