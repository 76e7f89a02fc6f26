package org.cnnlab.ui.studio;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.TaskExecutor;

/**
 * The test-set report of the studio's network: its confusion matrix and confident mistakes, the
 * cell of the matrix the student clicked and the test images in it, and the test images
 * themselves for thumbnails (loaded in the background the first time they are needed).
 */
public final class TestReportViewModel {
    /** Thumbnails shown at most for one confusion-matrix cell. */
    public static final int MAX_CELL_THUMBNAILS = 200;
    /** Confident mistakes shown. */
    public static final int MISTAKES_SHOWN = TestReport.MISTAKES;
    private static final String CELL_PROMPT = "Click a cell of the matrix to see its images.";

    private final TestSetImages testSetImages;
    private final TaskExecutor tasks;
    private final Consumer<String> onFailure;
    private final ReadOnlyObjectWrapper<TestReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<DatasetId> reportDataset = new ReadOnlyObjectWrapper<>(this, "reportDataset");
    private final ReadOnlyObjectWrapper<Dataset> testImages = new ReadOnlyObjectWrapper<>(this, "testImages");
    private final ReadOnlyObjectWrapper<ConfusionCell> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<Integer> cellSamples = FXCollections.observableArrayList();
    private final ObservableList<Integer> cellSamplesView = FXCollections.unmodifiableObservableList(cellSamples);
    private final ReadOnlyStringWrapper cellText = new ReadOnlyStringWrapper(this, "cellText", CELL_PROMPT);

    /** Test images come from {@code testSetImages}, loaded on {@code tasks}; a failed load's sentence goes to {@code onFailure}. */
    TestReportViewModel(TestSetImages testSetImages, TaskExecutor tasks, Consumer<String> onFailure) {
        this.testSetImages = Objects.requireNonNull(testSetImages);
        this.tasks = Objects.requireNonNull(tasks);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** The last test-set report of the current network, null when not evaluated. */
    public ReadOnlyObjectProperty<TestReport> testReportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The dataset the test report is about. */
    public ReadOnlyObjectProperty<DatasetId> testReportDatasetProperty() {
        return reportDataset.getReadOnlyProperty();
    }

    /** The test images for thumbnails, loaded in the background after the first evaluation. */
    public ReadOnlyObjectProperty<Dataset> testImagesProperty() {
        return testImages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConfusionCell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** Test-set indices of the images in the selected cell (at most {@value #MAX_CELL_THUMBNAILS}). */
    public ObservableList<Integer> cellSamples() {
        return cellSamplesView;
    }

    /** What the selected cell holds, in words. */
    public ReadOnlyStringProperty cellTextProperty() {
        return cellText.getReadOnlyProperty();
    }

    /** Shows the images of cell (actual, predicted) of the last report. */
    public void selectCell(int actual, int predicted) {
        TestReport shown = report.get();
        if (shown == null) {
            return;
        }
        List<String> names = reportDataset.get().classNames();
        List<Integer> samples = shown.matrix().samplesIn(actual, predicted);
        selectedCell.set(new ConfusionCell(actual, predicted));
        cellSamples.setAll(samples.subList(0, Math.min(samples.size(), MAX_CELL_THUMBNAILS)));
        String what = actual == predicted
                ? String.format(Locale.ROOT, "%,d images of %s recognised correctly", samples.size(), names.get(actual))
                : String.format(Locale.ROOT, "%,d images of %s taken for %s", samples.size(), names.get(actual),
                        names.get(predicted));
        cellText.set(samples.size() > MAX_CELL_THUMBNAILS
                ? what + String.format(Locale.ROOT, " (the first %d shown)", MAX_CELL_THUMBNAILS) : what);
    }

    /** Starts loading the test images of {@code id} for thumbnails, unless they are loaded already. */
    void loadTestImages(DatasetId id) {
        Dataset current = testImages.get();
        if (current != null && current.id() == id) {
            return;
        }
        tasks.execute(BackgroundTask.call("The test images could not be loaded", () -> testSetImages.load(id))
                .onSuccess(testImages::set)
                .onFailure(failure -> onFailure.accept(failure.message())));
    }

    /** Shows a fresh report on the test set of {@code id}, no cell selected. */
    void show(DatasetId id, TestReport fresh) {
        reportDataset.set(id);
        report.set(fresh);
        clearSelection();
    }

    /** Forgets the report (another network is in the studio). */
    void clear() {
        report.set(null);
        reportDataset.set(null);
        clearSelection();
    }

    private void clearSelection() {
        selectedCell.set(null);
        cellSamples.clear();
        cellText.set(CELL_PROMPT);
    }
}
