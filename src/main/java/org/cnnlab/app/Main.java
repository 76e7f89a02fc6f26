package org.cnnlab.app;

import org.cnnlab.cli.CnnLabCli;

/**
 * Entry point: with no arguments it starts the window; with arguments it runs the command-line
 * tools, which never load JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(CnnLabApp.class);
        } else {
            System.exit(CnnLabCli.run(args));
        }
    }
}
