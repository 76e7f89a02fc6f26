package org.cnnlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.cnnlab.persist.StudioSettings;
import org.cnnlab.services.studio.DrawingReading;
import org.cnnlab.services.studio.ModelInfo;
import org.cnnlab.services.studio.TrainingStudio;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.dl4j.ModelFileException;
import org.cnnlab.training.dl4j.PretrainedModels;
import org.cnnlab.ui.studio.PretrainedChoice;
import org.cnnlab.ui.studio.StudioView;
import org.cnnlab.ui.studio.StudioViewModel;
import org.cnnlab.ui.studio.TestSetImages;
import org.cnnlab.ui.studio.TrainingSettingsViewModel;
import org.cnnlab.ui.studio.builder.ModelBuilderView;
import org.cnnlab.ui.studio.data.DatasetBrowserView;
import org.cnnlab.ui.studio.data.DatasetBrowserViewModel;
import org.cnnlab.ui.studio.draw.DrawPadView;
import org.cnnlab.ui.studio.network.ActivationsPane;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the training studio: one {@link TrainingStudio} (the model thread) shared by the
 * training view, the draw-a-digit pad and the model builder, and one dataset library shared by
 * the studio, the test-set thumbnails and the dataset browser, so each dataset is read once.
 * The studio starts on first use of the screen and stops with the app.
 */
final class AppStudio implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppStudio.class);

    /** What the Draw tab's activation view says before anything is drawn. */
    static final String DRAW_HINT = "Draw a digit on the pad: what each layer makes of it appears here.";

    private final DatasetLibrary library = DatasetLibrary.bundled();
    private final Path pretrainedFolder;
    private TrainingStudio studio;
    private StudioViewModel vm;
    private DatasetBrowserView dataView;
    private List<String> drawClassNames;

    private final Supplier<StudioSettings> remembered;
    private final Consumer<StudioSettings> remember;
    private StudioView view;

    /** The studio, starting from the choices {@code remembered} gives and handing every change to {@code remember}. */
    AppStudio(Path pretrainedFolder, Supplier<StudioSettings> remembered, Consumer<StudioSettings> remember) {
        this.pretrainedFolder = pretrainedFolder;
        this.remembered = remembered;
        this.remember = remember;
    }

    Node createView() {
        studio = new TrainingStudio(library);
        vm = new StudioViewModel(studio, TestSetImages.from(library), new TrainingSettingsViewModel(remembered.get(), remember),
                new DaemonTaskExecutor("studio-test-images", 1));
        for (PretrainedModels.Pretrained model : PretrainedModels.all()) {
            try {
                vm.pretrained().add(new PretrainedChoice(model.title(), PretrainedModels.export(model, pretrainedFolder)));
            } catch (ModelFileException e) {
                LOG.warn("pre-trained model {} unavailable", model.name(), e);
            }
        }
        view = new StudioView(vm);

        ActivationsPane drawnActivations = new ActivationsPane(DRAW_HINT);
        drawClassNames = vm.settings().datasetProperty().get().classNames();
        DrawPadView draw = new DrawPadView(studio, reading -> show(drawnActivations, reading), drawnActivations,
                drawClassNames);
        vm.modelInfoProperty().addListener((obs, old, info) -> modelChanged(draw, info));
        draw.viewModel().follow(vm.networkRevisionProperty());

        dataView = new DatasetBrowserView(new DatasetBrowserViewModel(library));
        ModelBuilderView builder = new ModelBuilderView(spec -> {
            if (view.allowsDiscarding("Using the built model")) {
                vm.newModel(builderName(spec.name()), spec);
                view.tabs().getSelectionModel().selectFirst();
            }
        });

        view.tabs().getTabs().addAll(closable(new Tab("Draw", draw.scrollingSideways()), "tab-draw"),
                closable(new Tab("Data", dataView), "tab-data"), closable(new Tab("Build", builder), "tab-build"));
        return view;
    }

    private static Tab closable(Tab tab, String id) {
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    private static String builderName(String name) {
        return name == null || name.isBlank() ? "custom" : name;
    }

    private void show(ActivationsPane pane, DrawingReading reading) {
        if (reading.empty()) {
            pane.clear();
        } else {
            pane.show(reading.layers(), reading.probabilities(), drawClassNames);
        }
    }

    private void modelChanged(DrawPadView draw, ModelInfo info) {
        if (info != null) {
            drawClassNames = info.dataset().classNames();
            draw.viewModel().classNamesProperty().set(drawClassNames);
            draw.viewModel().refresh();
        }
    }

    StudioViewModel viewModel() {
        return vm;
    }

    /** True when the window may close: no trained network would be lost, or the user chose to lose it. */
    boolean allowsClosing() {
        return view == null || view.allowsDiscarding("Closing CNN Lab");
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.close();
        }
        if (dataView != null) {
            dataView.close();
        }
        if (studio != null) {
            studio.close();
        }
    }
}
