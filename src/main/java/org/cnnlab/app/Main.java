package org.cnnlab.app;

import org.cnnlab.cli.CnnLabCli;

/**
 * Entry point: with no arguments it starts the window; with arguments it runs the command-line
 * tools, which never load JavaFX. The hidden first argument {@value SelfTest#OPTION} checks the
 * installation instead (see {@link SelfTest}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(CnnLabApp.class);
        } else if (SelfTest.OPTION.equals(args[0])) {
            System.exit(new SelfTest(SelfTest.installedSampleFolder(), System.out).run());
        } else {
            System.exit(CnnLabCli.run(args));
        }
    }
}
