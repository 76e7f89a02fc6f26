package org.cnnlab.app;

import java.awt.Desktop;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The kernel sets and lesson packs the operating system asks CNN Lab to open: the file named on the
 * command line (Linux and Windows file managers start the launcher with it), and on macOS the
 * "open documents" Apple event that Finder sends instead, at start-up or to the running app.
 * Requests that arrive before the window exists wait here until the window
 * {@linkplain #deliverTo takes them}; files of other kinds are ignored, as the installers only
 * associate these two.
 */
final class OpenFileRequests {
    private static final OpenFileRequests SYSTEM = new OpenFileRequests();

    private final List<LaunchFile> waiting = new ArrayList<>();
    private Consumer<LaunchFile> receiver;

    /** The one mailbox of this process, shared by {@link Main} and the window. */
    static OpenFileRequests system() {
        return SYSTEM;
    }

    /**
     * Registers for the desktop's open-file events where the desktop sends them (macOS). This has to
     * happen before JavaFX starts, so that AWT, which owns the handler, receives Finder's events;
     * elsewhere it does nothing and leaves AWT unloaded.
     *
     * @param osName the {@code os.name} of this machine
     */
    void listenToTheDesktop(String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac") || !Desktop.isDesktopSupported()) {
            return;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            desktop.setOpenFileHandler(event -> event.getFiles().forEach(this::offer));
        }
    }

    /** Asks for a file to be opened: now if the window takes requests, else once it does. */
    void offer(File file) {
        LaunchFile.of(file.getPath()).ifPresent(this::offer);
    }

    void offer(LaunchFile file) {
        Consumer<LaunchFile> current;
        synchronized (this) {
            current = receiver;
            if (current == null) {
                waiting.add(file);
                return;
            }
        }
        current.accept(file);
    }

    /**
     * Hands every waiting request, and from now on each new one, to {@code receiver}, on the thread
     * that offers it; {@code null} stops the hand-over (the window closed) and lets requests wait again.
     */
    void deliverTo(Consumer<LaunchFile> receiver) {
        List<LaunchFile> pending;
        synchronized (this) {
            this.receiver = receiver;
            if (receiver == null) {
                return;
            }
            pending = List.copyOf(waiting);
            waiting.clear();
        }
        pending.forEach(receiver);
    }
}
