package org.cnnlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tools, {@code ./cnnlab COMMAND …}: the same services as the app, without a
 * window. Bad input exits with code 2 and one line on stderr; nothing prints a stack trace.
 */
@Command(name = "cnnlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "CNN Lab: how convolutional neural networks see. Run without a command to open the app.",
        subcommands = {DecodeCommand.class, ConvolveCommand.class, BenchCommand.class, SummaryCommand.class,
                TrainCommand.class, PredictCommand.class,
                CommandLine.HelpCommand.class})
public final class CnnLabCli {
    /** Exit code for bad input: a missing file, an unreadable image, a wrong option. */
    public static final int BAD_INPUT = 2;

    private CnnLabCli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new CnnLabCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            String command = e.getCommandLine().getCommandName();
            err.println(command + ": " + e.getMessage() + " (see ./cnnlab " + (command.equals("cnnlab") ? "" : command + " ") + "--help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandName() + ": " + UserMessages.oneLine(e));
            UserMessages.log(e);
            return e instanceof CliFailure f ? f.exitCode() : BAD_INPUT;
        });
        return cli.execute(args);
    }
}
