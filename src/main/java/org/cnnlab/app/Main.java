package org.cnnlab.app;

import org.cnnlab.cli.CnnLabCli;
import org.cnnlab.persist.AppDirectories;
import org.cnnlab.training.dl4j.NativeThreads;
import org.cnnlab.training.dl4j.OneDnnHelpers;

/**
 * Entry point: with no arguments, or with just a kernel set or lesson pack to open (see
 * {@link LaunchFile}; on macOS Finder sends that file as an event, {@link OpenFileRequests}), it starts the window; with other arguments it runs the command-line tools,
 * which never load JavaFX. The hidden first argument {@value SelfTest#OPTION} checks the
 * installation instead (see {@link SelfTest}). Unless the launcher chose otherwise, JavaCPP unpacks
 * its native libraries into the user's data folder ({@link AppDirectories#nativeCache()}), not
 * {@code ~/.javacpp}: installers cannot name that folder portably in their JVM options. JavaCPP's
 * check of the process's physical memory before every native allocation is off
 * ({@code maxphysicalbytes=0}; about 10% of a LeNet-5 training step, benchmarks/README.md); its
 * limit on the native memory it allocates itself ({@code maxbytes}, the heap size) stays. DL4J's oneDNN
 * layer helpers are switched on, and ND4J's OpenMP thread count is chosen ({@link NativeThreads}), before
 * any ND4J or DL4J class loads ({@link OneDnnHelpers}).
 */
public final class Main {
    private static final String NATIVE_CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";
    private static final String PHYSICAL_LIMIT_PROPERTY = "org.bytedeco.javacpp.maxphysicalbytes";

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty(NATIVE_CACHE_PROPERTY) == null) {
            System.setProperty(NATIVE_CACHE_PROPERTY, AppDirectories.forCurrentUser().nativeCache().toString());
        }
        if (System.getProperty(PHYSICAL_LIMIT_PROPERTY) == null) {
            System.setProperty(PHYSICAL_LIMIT_PROPERTY, "0");
        }
        NativeThreads.configure();
        OneDnnHelpers.enable();
        java.util.Optional<LaunchFile> file = LaunchFile.fromArguments(args);
        if (args.length == 0 || file.isPresent()) {
            OpenFileRequests requests = OpenFileRequests.system();
            requests.listenToTheDesktop(System.getProperty("os.name", ""));
            file.ifPresent(requests::offer);
            javafx.application.Application.launch(CnnLabApp.class);
        } else if (SelfTest.OPTION.equals(args[0])) {
            System.exit(new SelfTest(AppDirectories.sampleImages(), System.out).run());
        } else {
            System.exit(CnnLabCli.run(args));
        }
    }
}
