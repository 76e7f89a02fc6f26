package org.cnnlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cnnlab.engine.ConvolutionEngines;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.JavaConvolver;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.ImageTensors;
import org.cnnlab.lessons.LessonLibrary;
import org.cnnlab.persist.AppDirectories;
import org.cnnlab.persist.KernelSetFile;
import org.cnnlab.persist.KernelSetFormatException;
import org.cnnlab.persist.Settings;
import org.cnnlab.persist.SettingsStore;
import org.cnnlab.services.EngineChoice;
import org.cnnlab.ui.ErrorReporter;
import org.cnnlab.ui.MainView;
import org.cnnlab.ui.MainViewModel;
import org.cnnlab.ui.Screen;
import org.cnnlab.ui.imagelab.ImageLabView;
import org.cnnlab.ui.imagelab.ImageLabViewModel;
import org.cnnlab.ui.imagelab.JavaFxImageDecoder;
import org.cnnlab.ui.sandbox.SandboxView;
import org.cnnlab.ui.sandbox.SandboxViewModel;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: wires settings, engines, decoders and the screens, shows the window at
 * once and loads the native engines in the background, so nothing the user does first waits for
 * them. The sandbox computes with the plain-Java engine until the chosen engine is ready.
 */
public final class CnnLabApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CnnLabApp.class);
    /** The image the sandbox starts with, from the sample gallery. */
    static final String STARTER_IMAGE = "chelsea.png";

    private final AppDirectories directories = AppDirectories.forCurrentUser();
    private final SettingsStore settingsStore = new SettingsStore(directories.settingsFile());
    /** Resolves engines, which may take seconds (the first start benchmarks them). */
    private final TaskExecutor engineLoader = new DaemonTaskExecutor("engine-loader", 1);
    /** Reads the starter image and autosaves the kernels, one file at a time. */
    private final TaskExecutor fileWork = new DaemonTaskExecutor("app-files", 1);
    private final AtomicReference<Convolver> engine = new AtomicReference<>(new JavaConvolver());
    private final AppStudio studio = new AppStudio(directories.pretrainedModels(), () -> this.settings.studio(),
            chosen -> saveSettings(this.settings.withStudio(chosen)));
    private Settings settings;
    private MainViewModel mainVm;
    private SandboxViewModel sandboxVm;
    private ImageLabViewModel imageLabVm;
    private ImageLabView imageLabView;
    private ErrorReporter errors;
    private PauseTransition autosave;

    @Override
    public void start(Stage stage) {
        settings = settingsStore.load();
        mainVm = new MainViewModel();
        mainVm.setScale(settings.uiScale());
        mainVm.darkThemeProperty().set(settings.darkTheme());
        applyTheme(settings.darkTheme());
        errors = new ErrorReporter(mainVm, directories.logFolder().resolve("cnnlab.log").toString());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> errors.uncaught(e));

        Path samples = AppDirectories.sampleImages();
        sandboxVm = new SandboxViewModel(engine::get, fileWork);
        restoreKernels();
        List<ImageDecoder> decoders = new ArrayList<>(Decoders.standard());
        decoders.add(0, new JavaFxImageDecoder());
        imageLabVm = new ImageLabViewModel(decoders);
        decoders.stream().filter(d -> d.id().equals(settings.decoder())).findFirst().ifPresent(imageLabVm.decoderProperty()::set);
        imageLabVm.decoderProperty().addListener((obs, o, d) -> {
            if (d != null) {
                saveSettings(settings.withDecoder(d.id()));
            }
        });
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen("sandbox", "Kernel sandbox", "Sandbox",
                "Edit a kernel and watch the feature map, ReLU and pooling change. Hover a pixel to see its arithmetic.",
                () -> new SandboxView(sandboxVm, new AppSandboxFiles())));
        screens.add(new Screen("imagelab", "Image lab", "Image lab",
                "How an image becomes numbers, and how decoders disagree: shape, channel order, sample type, values.",
                () -> imageLabView = new ImageLabView(imageLabVm, samples)));
        screens.add(new Screen("studio", "Training studio", "Studio",
                "Train a small CNN on MNIST or Fashion-MNIST and watch it learn; then draw a digit and see every layer respond.",
                studio::createView));
        AppLessons lessons = new AppLessons(LessonLibrary.defaultFolder(), directories.lessonPacks(),
                directories.lessonProgress(), errors);
        AtomicReference<MainView> mainViewRef = new AtomicReference<>();
        screens.add(new Screen("lessons", "Lessons", "Lessons",
                "Short lessons for class or self-study, with exercises that check your answers. Progress is saved.",
                () -> lessons.createView(id -> {
                    if (!mainViewRef.get().showScreen(id)) {
                        errors.show("This lesson links to a screen called '" + id + "', which this version does not have.");
                    }
                })));
        MainView mainView = new MainView(mainVm, screens);
        mainViewRef.set(mainView);
        imageLabVm.sendToSandboxProperty().set(image -> {
            Path file = imageLabVm.fileProperty().get();
            useInSandbox((file == null ? "image" : file.getFileName().toString()) + " (" + image.decoder() + ")", image);
            if (file != null) {
                saveSettings(settings.withSandboxImage(file.toAbsolutePath().toString()));
            }
            mainView.showScreen(0);
        });

        wireSettings();
        autosave = new PauseTransition(Duration.seconds(1));
        autosave.setOnFinished(e -> saveKernelsInBackground());
        sandboxVm.resultProperty().addListener((obs, o, n) -> autosave.playFromStart());
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(mainView, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(CnnLabApp.class.getResource("/org/cnnlab/ui/app.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F12),
                () -> sandboxVm.debugOverlayProperty().set(!sandboxVm.debugOverlayProperty().get()));
        stage.setTitle("CNN Lab");
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!studio.allowsClosing()) {
                event.consume();
            }
        });
        stage.show();

        loadStarterImage(samples);
        OpenFileRequests.system().deliverTo(file -> fileWork.runOnFxThread(() -> open(file, mainView, lessons)));
        mainVm.engines().setAll(engineChoices());
        mainVm.selectedEngineProperty().set(settings.engine());
        mainVm.selectedEngineProperty().addListener((obs, old, name) -> {
            if (name != null && !name.equals(old)) {
                chooseEngine(name);
            }
        });
        chooseEngine(settings.engine());
    }

    private static List<String> engineChoices() {
        List<String> names = new ArrayList<>();
        names.add(EngineChoice.AUTO);
        names.addAll(ConvolutionEngines.standard().names());
        return names;
    }

    private void wireSettings() {
        mainVm.scaleProperty().addListener((obs, o, n) -> saveSettings(settings.withUiScale(n.doubleValue())));
        mainVm.darkThemeProperty().addListener((obs, o, dark) -> {
            applyTheme(dark);
            saveSettings(settings.withDarkTheme(dark));
        });
    }

    private void chooseEngine(String name) {
        mainVm.engineStatusProperty().set("Engine: " + engine.get().name() + " (loading " + name + " in the background…)");
        EngineChoice choice = new EngineChoice(ConvolutionEngines.standard(), directories.root().resolve("engine-choice.json"));
        engineLoader.execute(BackgroundTask.call("The " + name + " engine cannot be used", () -> choice.resolve(name))
                .onSuccess(resolved -> {
                    engine.set(resolved);
                    mainVm.engineStatusProperty().set("Engine: " + (EngineChoice.AUTO.equals(name) ? choice.explanation()
                            : resolved.name() + " — " + resolved.description()));
                    saveSettings(settings.withEngine(name));
                    sandboxVm.recompute();
                })
                .onFailure(failure -> {
                    errors.show(failure.message() + " CNN Lab keeps using " + engine.get().name() + ".");
                    mainVm.engineStatusProperty().set("Engine: " + engine.get().name() + " — " + engine.get().description());
                }));
    }

    /**
     * Opens the image the sandbox showed when the app was last closed, or the starter sample when
     * there was none or it is gone (a USB stick taken out), so a class resumes where it stopped.
     */
    private void loadStarterImage(Path samples) {
        String chosen = System.getProperty("cnnlab.starterImage");
        Path remembered = settings.sandboxImage().isEmpty() ? null : Path.of(settings.sandboxImage());
        Path file = chosen != null ? Path.of(chosen)
                : remembered != null && Files.isRegularFile(remembered) ? remembered : samples.resolve(STARTER_IMAGE);
        fileWork.execute(BackgroundTask.call("The sample image " + file + " could not be opened",
                () -> Decoders.byId("twelvemonkeys").orElseThrow().decode(file, DecodeOptions.defaults()))
                .onSuccess(image -> useInSandbox(file.getFileName().toString(), image))
                .onFailure(failure -> errors.show("The sample image " + file + " could not be opened ("
                        + ErrorReporter.humanCause(failure.cause())
                        + "). Open any image in the image lab and press 'Use in kernel sandbox'.")));
    }

    private void useInSandbox(String name, DecodedImage image) {
        sandboxVm.setImage(name, ImageTensors.rgb255(image), ImageTensors.gray255(image, Grayscale.LUMA_601));
    }

    /** Opens a kernel set or lesson pack the system asked for (a double-click in the file manager). */
    private void open(LaunchFile launch, MainView mainView, AppLessons lessons) {
        Path file = launch.file();
        if (!Files.isRegularFile(file)) {
            errors.show("Cannot open " + file + ": there is no such file.");
            return;
        }
        if (launch.kind() == LaunchFile.Kind.LESSON_PACK) {
            if (lessons.installPack(file)) {
                mainView.showScreen("lessons");
            }
            return;
        }
        try {
            sandboxVm.applySpec(KernelSetFile.load(file));
            mainView.showScreen("sandbox");
        } catch (KernelSetFormatException e) {
            LOG.warn("kernel set {} unreadable", file, e);
            errors.show(file.getFileName() + " is not a kernel set CNN Lab can read: " + e.getMessage());
        }
    }

    private void restoreKernels() {
        Path file = directories.autosavedKernels();
        if (Files.isRegularFile(file)) {
            try {
                sandboxVm.applySpec(KernelSetFile.load(file));
            } catch (KernelSetFormatException e) {
                LOG.warn("autosaved kernels unreadable", e);
                errors.show("Your last kernels could not be restored (" + e.getMessage() + "); the sandbox starts fresh.");
            }
        }
    }

    private void saveKernelsInBackground() {
        PipelineSpec spec = sandboxVm.currentSpec();
        fileWork.execute(BackgroundTask.run("Your kernels could not be autosaved",
                () -> KernelSetFile.save(spec, directories.autosavedKernels())));
    }

    private void saveEverything() {
        try {
            PipelineSpec spec = sandboxVm.currentSpec();
            KernelSetFile.save(spec, directories.autosavedKernels());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not autosave the kernels", e);
        }
    }

    private void saveSettings(Settings updated) {
        settings = updated;
        try {
            settingsStore.save(updated);
        } catch (IOException e) {
            LOG.warn("could not save settings", e);
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }


    MainViewModel mainViewModel() {
        return mainVm;
    }

    SandboxViewModel sandboxViewModel() {
        return sandboxVm;
    }

    /** The training studio's view model, once the studio screen has been shown (null before). */
    org.cnnlab.ui.studio.StudioViewModel studioViewModel() {
        return studio.viewModel();
    }

    ImageLabViewModel imageLabViewModel() {
        return imageLabVm;
    }

    @Override
    public void stop() {
        OpenFileRequests.system().deliverTo(null);
        if (sandboxVm != null) {
            sandboxVm.shutdown();
        }
        if (autosave != null) {
            autosave.stop();
        }
        saveEverything();
        if (imageLabView != null) {
            imageLabView.close();
        }
        if (imageLabVm != null) {
            imageLabVm.close();
        }
        studio.close();
        engineLoader.close();
        fileWork.close();
    }
}
