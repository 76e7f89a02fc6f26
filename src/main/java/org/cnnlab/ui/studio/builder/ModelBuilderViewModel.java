package org.cnnlab.ui.studio.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelSpec;
import org.cnnlab.training.model.ModelSpecException;
import org.cnnlab.training.model.ModelSummary;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.ShapedLayer;
import org.cnnlab.training.model.ZooModel;

/**
 * The model builder's state: a draft stack of layers on a fixed 28x28x1 input, checked after every
 * edit by {@link ModelSpec#of} (shape inference and parameter counting). The result is one
 * {@link LayerRow} per layer (Keras-style name, output shape, parameters), the totals, and either
 * the valid {@link ModelSpec} or the reason the stack breaks and the row where it does. A stack is
 * usable only when it also ends as the trainer needs: a dense softmax layer with one unit per class.
 *
 * <p>All properties belong to the FX thread.
 */
public final class ModelBuilderViewModel {
    /** Classes of MNIST and Fashion-MNIST: the last layer needs one unit per class. */
    public static final int CLASS_COUNT = 10;
    private static final String CUSTOM_NAME = "custom";

    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LayerSpec> readOnlyLayers = FXCollections.unmodifiableObservableList(layers);
    private final ObservableList<LayerRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<ModelSpec> validSpec = new ReadOnlyObjectWrapper<>(this, "validSpec");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper problemRow = new ReadOnlyIntegerWrapper(this, "problemRow", -1);
    private final ReadOnlyLongWrapper totalParams = new ReadOnlyLongWrapper(this, "totalParams", -1);
    private final ReadOnlyLongWrapper trainableParams = new ReadOnlyLongWrapper(this, "trainableParams", -1);
    private final ReadOnlyLongWrapper nonTrainableParams = new ReadOnlyLongWrapper(this, "nonTrainableParams", -1);
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper(this, "totalsText", "");
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper(this, "modelName", CUSTOM_NAME);
    private String baseName = CUSTOM_NAME;
    private boolean loading;

    /** A builder holding LeNet-5, the classic first CNN. */
    public ModelBuilderViewModel() {
        layers.addListener((Observable obs) -> {
            if (!loading) {
                modelName.set(baseName.equals(CUSTOM_NAME) ? CUSTOM_NAME : baseName + "-custom");
            }
            revalidate();
        });
        startFrom(ModelZoo.byName("lenet5").orElse(ModelZoo.all().get(0)));
    }

    // ---- state ------------------------------------------------------------------------------

    /** The draft stack, in order; change it through this class's methods. */
    public ObservableList<LayerSpec> layers() {
        return readOnlyLayers;
    }

    /** One row per layer, updated after every edit. */
    public ObservableList<LayerRow> rows() {
        return readOnlyRows;
    }

    /** The layer the editor shows; -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The current stack as a checked model, or null while it cannot be used. */
    public ReadOnlyObjectProperty<ModelSpec> validSpecProperty() {
        return validSpec.getReadOnlyProperty();
    }

    public Optional<ModelSpec> validSpec() {
        return Optional.ofNullable(validSpec.get());
    }

    /** Why the stack cannot be used (one sentence naming the layer); empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The 0-based row where the stack breaks; -1 when it does not (or when the whole model is the problem). */
    public ReadOnlyIntegerProperty problemRowProperty() {
        return problemRow.getReadOnlyProperty();
    }

    /** All parameters of the valid stack; -1 while it is broken. */
    public ReadOnlyLongProperty totalParamsProperty() {
        return totalParams.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty trainableParamsProperty() {
        return trainableParams.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty nonTrainableParamsProperty() {
        return nonTrainableParams.getReadOnlyProperty();
    }

    /** The name the model gets: the zoo name it started from (with {@code -custom} once edited), or {@code custom}. */
    public ReadOnlyStringProperty modelNameProperty() {
        return modelName.getReadOnlyProperty();
    }

    // ---- edits ------------------------------------------------------------------------------

    /** Replaces the stack with a zoo model's layers. */
    public void startFrom(ZooModel model) {
        baseName = model.name();
        modelName.set(model.name());
        setAllLayers(model.spec().layers());
        selectedIndex.set(layers.isEmpty() ? -1 : 0);
    }

    /** Empties the stack. */
    public void startEmpty() {
        baseName = CUSTOM_NAME;
        modelName.set(CUSTOM_NAME);
        setAllLayers(List.of());
        selectedIndex.set(-1);
    }

    private void setAllLayers(List<LayerSpec> newLayers) {
        loading = true;
        try {
            layers.setAll(newLayers);
        } finally {
            loading = false;
        }
    }

    /** Inserts {@code layer} at {@code position} (0 = first, {@code layers().size()} = last) and selects it. */
    public void insert(int position, LayerSpec layer) {
        int at = Math.max(0, Math.min(position, layers.size()));
        layers.add(at, Objects.requireNonNull(layer));
        selectedIndex.set(at);
    }

    /** Adds a new layer of {@code kind} after the selected layer (at the end when none is selected) and selects it. */
    public void addAfterSelection(LayerKind kind) {
        int selected = selectedIndex.get();
        insert(selected < 0 ? layers.size() : selected + 1, kind.newLayer());
    }

    /** Removes the layer at {@code index}; the selection moves to its neighbour. */
    public void remove(int index) {
        Objects.checkIndex(index, layers.size());
        layers.remove(index);
        selectedIndex.set(layers.isEmpty() ? -1 : Math.min(index, layers.size() - 1));
    }

    /** Swaps the layer at {@code index} with the one above it; the selection follows the layer. */
    public void moveUp(int index) {
        Objects.checkIndex(index, layers.size());
        if (index > 0) {
            swap(index - 1, index);
            selectedIndex.set(index - 1);
        }
    }

    /** Swaps the layer at {@code index} with the one below it; the selection follows the layer. */
    public void moveDown(int index) {
        Objects.checkIndex(index, layers.size());
        if (index < layers.size() - 1) {
            swap(index, index + 1);
            selectedIndex.set(index + 1);
        }
    }

    private void swap(int upper, int lower) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        LayerSpec moved = copy.get(upper);
        copy.set(upper, copy.get(lower));
        copy.set(lower, moved);
        layers.setAll(copy);
    }

    /** Replaces the layer at {@code index} with an edited version of it. */
    public void replace(int index, LayerSpec layer) {
        Objects.checkIndex(index, layers.size());
        if (!layers.get(index).equals(layer)) {
            layers.set(index, Objects.requireNonNull(layer));
        }
    }

    // ---- checking ---------------------------------------------------------------------------

    private void revalidate() {
        List<LayerSpec> draft = List.copyOf(layers);
        ModelSpec full = null;
        int brokenAt = -1;
        String why = "";
        try {
            full = ModelSpec.of(modelName.get(), ModelZoo.MNIST_INPUT, draft);
            why = classifierProblem(full);
            if (!why.isEmpty()) {
                brokenAt = draft.size() - 1;
            }
        } catch (ModelSpecException e) {
            brokenAt = e.layerIndex();
            why = e.getMessage();
        }
        ModelSpec shaped = full != null ? full : validPrefix(draft, brokenAt);
        List<LayerRow> newRows = new ArrayList<>(draft.size());
        java.util.Map<String, Integer> nameCounts = new java.util.HashMap<>();
        for (int i = 0; i < draft.size(); i++) {
            LayerSpec layer = draft.get(i);
            int seen = nameCounts.merge(layer.kerasName(), 1, Integer::sum);
            String kerasName = seen == 1 ? layer.kerasName() : layer.kerasName() + "_" + (seen - 1);
            String rowProblem = i == brokenAt ? why : "";
            if (i < shaped.shapedLayers().size()) {
                ShapedLayer s = shaped.shapedLayers().get(i);
                newRows.add(new LayerRow(i, s.name(), layer.kerasType(), layer.describe(), s.output().text(),
                        s.params().total(), rowProblem));
            } else {
                newRows.add(new LayerRow(i, kerasName, layer.kerasType(), layer.describe(), "", -1, rowProblem));
            }
        }
        updateRows(newRows);
        boolean usable = full != null && why.isEmpty();
        problem.set(why);
        problemRow.set(brokenAt);
        trainableParams.set(full != null ? full.params().trainable() : -1);
        nonTrainableParams.set(full != null ? full.params().nonTrainable() : -1);
        totalParams.set(full != null ? full.params().total() : -1);
        totalsText.set(totalsLine());
        validSpec.set(usable ? full : null);
    }

    private void updateRows(List<LayerRow> newRows) {
        if (newRows.size() != rows.size()) {
            rows.setAll(newRows);
            return;
        }
        for (int i = 0; i < newRows.size(); i++) {
            if (!rows.get(i).equals(newRows.get(i))) {
                rows.set(i, newRows.get(i));
            }
        }
    }

    /** The trainer's requirement on top of shape inference: a dense softmax layer with one unit per class at the end. */
    private static String classifierProblem(ModelSpec spec) {
        List<LayerSpec> stack = spec.layers();
        if (stack.isEmpty()) {
            return "The model has no layers yet: add at least Flatten and a dense softmax layer with " + CLASS_COUNT
                    + " units.";
        }
        int last = stack.size() - 1;
        String where = "Layer " + (last + 1) + " (" + stack.get(last).describe() + ")";
        if (!(stack.get(last) instanceof LayerSpec.Dense dense) || dense.activation() != LayerActivation.SOFTMAX) {
            return where + " cannot end a classifier: the last layer must be a dense layer with softmax, one unit per class.";
        }
        if (dense.units() != CLASS_COUNT) {
            return where + " has " + dense.units() + " units, but the images have " + CLASS_COUNT
                    + " classes: the last layer needs exactly one unit per class.";
        }
        return "";
    }

    private static ModelSpec validPrefix(List<LayerSpec> draft, int brokenAt) {
        int end = Math.max(0, Math.min(brokenAt, draft.size()));
        try {
            return ModelSpec.of(CUSTOM_NAME, ModelZoo.MNIST_INPUT, draft.subList(0, end));
        } catch (ModelSpecException e) {
            try {
                return ModelSpec.of(CUSTOM_NAME, ModelZoo.MNIST_INPUT, List.of());
            } catch (ModelSpecException impossible) {
                throw new IllegalStateException("an empty model is always valid", impossible);
            }
        }
    }

    /** The totals line as Keras prints it, or why there is none; it changes once per edit, all three counts together. */
    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    /** The current {@linkplain #totalsTextProperty() totals line}. */
    public String totalsText() {
        return totalsText.get();
    }

    private String totalsLine() {
        if (totalParams.get() < 0) {
            return "Total params: — (fix the marked layer first)";
        }
        return "Total params: " + ModelSummary.grouped(totalParams.get()) + "   Trainable: "
                + ModelSummary.grouped(trainableParams.get()) + "   Non-trainable: "
                + ModelSummary.grouped(nonTrainableParams.get());
    }
}
