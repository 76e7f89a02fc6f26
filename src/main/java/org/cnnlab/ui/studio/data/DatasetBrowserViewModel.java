package org.cnnlab.ui.studio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.cnnlab.ui.tasks.TaskHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset browser's state: which dataset and split are shown, loaded off the FX thread from a
 * {@link DatasetLibrary}; its tensor shape, value range and per-class counts; the samples that pass
 * the class filter, shown {@value #PAGE_SIZE} to a page; and the sample chosen for a closer look.
 * A dataset that cannot be read leaves a message for people in {@link #errorMessageProperty()}.
 *
 * <p>All properties belong to the FX thread.
 */
public final class DatasetBrowserViewModel implements AutoCloseable {
    /** Thumbnails per row and per column of a page. */
    public static final int GRID = 10;
    /** Samples on one page. */
    public static final int PAGE_SIZE = GRID * GRID;
    /** The class filter's value for "every class". */
    public static final int ALL_CLASSES = -1;
    /** The element type of the IDX files, as NumPy names it. */
    public static final String DTYPE = "uint8";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetBrowserViewModel.class);

    private final DatasetLibrary library;
    private final TaskExecutor tasks;
    private TaskHandle loadingTask;

    private final ObjectProperty<DatasetId> datasetId = new SimpleObjectProperty<>(this, "datasetId", DatasetId.MNIST);
    private final ObjectProperty<DatasetSplit> split = new SimpleObjectProperty<>(this, "split", DatasetSplit.TRAIN);
    private final IntegerProperty classFilter = new SimpleIntegerProperty(this, "classFilter", ALL_CLASSES);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyIntegerWrapper matchingCount = new ReadOnlyIntegerWrapper(this, "matchingCount", 0);
    private final ReadOnlyObjectWrapper<int[]> pageSamples = new ReadOnlyObjectWrapper<>(this, "pageSamples", new int[0]);
    private final ReadOnlyIntegerWrapper selectedSample = new ReadOnlyIntegerWrapper(this, "selectedSample", -1);

    private int[] matching = new int[0];

    /** Browses the bundled datasets, loading on a background thread of its own. */
    public DatasetBrowserViewModel() {
        this(DatasetLibrary.bundled());
    }

    /** Browses {@code library} (e.g. the one the studio trains from, so both share one copy of each split). */
    public DatasetBrowserViewModel(DatasetLibrary library) {
        this(library, new DaemonTaskExecutor("dataset-loader", 1));
    }

    /** Browses {@code library}; loads run on {@code tasks}, which this view model closes with itself. */
    public DatasetBrowserViewModel(DatasetLibrary library, TaskExecutor tasks) {
        this.library = Objects.requireNonNull(library);
        this.tasks = Objects.requireNonNull(tasks);
        datasetId.addListener((obs, o, n) -> load());
        split.addListener((obs, o, n) -> load());
        classFilter.addListener((obs, o, n) -> refilter());
        load();
    }

    // ---- properties -------------------------------------------------------------------------

    public ObjectProperty<DatasetId> datasetIdProperty() {
        return datasetId;
    }

    public ObjectProperty<DatasetSplit> splitProperty() {
        return split;
    }

    /** The label whose samples are shown, or {@link #ALL_CLASSES}. */
    public IntegerProperty classFilterProperty() {
        return classFilter;
    }

    /** The loaded dataset split, or null while none is loaded. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** True while a split is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the chosen split cannot be shown; empty when it can. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Pages of samples passing the filter (at least 1). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** Samples passing the class filter. */
    public ReadOnlyIntegerProperty matchingCountProperty() {
        return matchingCount.getReadOnlyProperty();
    }

    /** The dataset indices of the samples on the current page, in order (at most {@value #PAGE_SIZE}). */
    public ReadOnlyObjectProperty<int[]> pageSamplesProperty() {
        return pageSamples.getReadOnlyProperty();
    }

    /** The dataset index of the sample shown enlarged; -1 for none. */
    public ReadOnlyIntegerProperty selectedSampleProperty() {
        return selectedSample.getReadOnlyProperty();
    }

    // ---- derived texts ----------------------------------------------------------------------

    /** The tensor shape as NumPy prints it, e.g. {@code (60000, 28, 28)}; empty while nothing is loaded. */
    public String shapeText() {
        Dataset d = dataset.get();
        return d == null ? "" : d.shapeText();
    }

    /** The smallest and largest pixel value, e.g. {@code 0–255}; empty while nothing is loaded. */
    public String rangeText() {
        Dataset d = dataset.get();
        return d == null ? "" : d.minPixel() + "–" + d.maxPixel();
    }

    /** Samples per class, with class names, in label order; empty while nothing is loaded. */
    public List<ClassCount> classCounts() {
        Dataset d = dataset.get();
        if (d == null) {
            return List.of();
        }
        int[] counts = d.classCounts();
        List<ClassCount> out = new ArrayList<>(counts.length);
        for (int label = 0; label < counts.length; label++) {
            out.add(new ClassCount(label, d.className(label), counts[label]));
        }
        return out;
    }

    /** "Page 3 of 600" with the filter's sample count. */
    public String pageText() {
        return "Page " + (page.get() + 1) + " of " + pageCount.get();
    }

    // ---- actions ----------------------------------------------------------------------------

    /** Shows page {@code index}, clamped to the pages that exist. */
    public void showPage(int index) {
        int clamped = Math.max(0, Math.min(index, pageCount.get() - 1));
        page.set(clamped);
        int from = clamped * PAGE_SIZE;
        int to = Math.min(matching.length, from + PAGE_SIZE);
        int[] samples = new int[Math.max(0, to - from)];
        System.arraycopy(matching, from, samples, 0, samples.length);
        pageSamples.set(samples);
    }

    public void nextPage() {
        showPage(page.get() + 1);
    }

    public void previousPage() {
        showPage(page.get() - 1);
    }

    /** Chooses sample {@code index} of the dataset for the enlarged view; -1 clears the choice. */
    public void select(int index) {
        Dataset d = dataset.get();
        selectedSample.set(d == null || index < 0 || index >= d.size() ? -1 : index);
    }

    /** Stops the loader thread. */
    @Override
    public void close() {
        tasks.close();
    }

    // ---- loading ----------------------------------------------------------------------------

    private void load() {
        DatasetId id = datasetId.get();
        DatasetSplit which = split.get();
        loading.set(true);
        errorMessage.set("");
        if (loadingTask != null) {
            loadingTask.cancel();
        }
        loadingTask = tasks.execute(BackgroundTask.call("The " + id.displayName() + " " + which.displayName()
                + " could not be loaded", () -> read(id, which))
                .onDone(() -> loading.set(false))
                .onSuccess(outcome -> show(outcome.dataset(), outcome.dataset() == null ? outcome.message() : ""))
                .onFailure(failure -> show(null, failure.message())));
    }

    private record Outcome(Dataset dataset, String message) {
    }

    private Outcome read(DatasetId id, DatasetSplit which) {
        try {
            return new Outcome(library.load(id, which), "");
        } catch (DatasetException e) {
            LOG.warn("Dataset {} {} cannot be used: {}", id, which, e.getMessage());
            return new Outcome(null, e.getMessage());
        }
    }

    private void show(Dataset loaded, String message) {
        dataset.set(loaded);
        errorMessage.set(message);
        selectedSample.set(loaded == null ? -1 : Math.min(selectedSample.get(), loaded.size() - 1));
        refilter();
    }

    private void refilter() {
        Dataset d = dataset.get();
        int wanted = classFilter.get();
        if (d == null) {
            matching = new int[0];
        } else if (wanted == ALL_CLASSES) {
            matching = new int[d.size()];
            for (int i = 0; i < matching.length; i++) {
                matching[i] = i;
            }
        } else {
            int[] picked = new int[d.size()];
            int n = 0;
            for (int i = 0; i < d.size(); i++) {
                if (d.label(i) == wanted) {
                    picked[n++] = i;
                }
            }
            matching = java.util.Arrays.copyOf(picked, n);
        }
        matchingCount.set(matching.length);
        pageCount.set(Math.max(1, (matching.length + PAGE_SIZE - 1) / PAGE_SIZE));
        showPage(0);
    }
}
