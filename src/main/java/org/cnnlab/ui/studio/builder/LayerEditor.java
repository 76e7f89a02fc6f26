package org.cnnlab.ui.studio.builder;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cnnlab.engine.PoolingType;
import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.ui.controls.Spinners;

/**
 * The settings form of one layer: spinners and choices for its numbers, each with a tooltip that
 * says what it does. Every change builds the edited layer and hands it to the listener at once.
 */
final class LayerEditor extends VBox {
    /**
     * The largest kernel side offered. The model's shape check refuses a kernel larger than the
     * map it slides over, with the reason, so this only keeps typing errors (a stray digit) out.
     */
    static final int MAX_KERNEL = 99;

    private final GridPane form = new GridPane();
    private final Label heading = new Label();
    private Consumer<LayerSpec> onEdit = layer -> { };
    private LayerSpec shown;

    LayerEditor() {
        getStyleClass().add("builder-editor");
        heading.getStyleClass().add("builder-editor-heading");
        heading.setWrapText(true);
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(4, 0, 4, 0));
        setSpacing(6);
        getChildren().addAll(heading, form);
        show(null);
    }

    void setOnEdit(Consumer<LayerSpec> listener) {
        this.onEdit = listener;
    }

    /** The layer the form currently edits. */
    LayerSpec shown() {
        return shown;
    }

    /** Rebuilds the form for {@code layer} (null: nothing selected). */
    void show(LayerSpec layer) {
        shown = layer;
        form.getChildren().clear();
        if (layer == null) {
            heading.setText("Select a layer in the table to change its settings.");
            return;
        }
        heading.setText("Settings of the " + layer.kerasType() + " layer");
        if (layer instanceof LayerSpec.Conv conv) {
            convForm(conv);
        } else if (layer instanceof LayerSpec.Pool pool) {
            poolForm(pool);
        } else if (layer instanceof LayerSpec.Dense dense) {
            denseForm(dense);
        } else if (layer instanceof LayerSpec.Dropout dropout) {
            dropoutForm(dropout);
        } else if (layer instanceof LayerSpec.Add add) {
            addForm(add);
        } else {
            Label none = new Label("This layer has no settings: it works the same on any input.");
            none.setWrapText(true);
            form.add(none, 0, 0, 2, 1);
        }
    }

    private void convForm(LayerSpec.Conv conv) {
        Spinner<Integer> filters = spinner("builder-filters", 1, 512, conv.filters(),
                "Filters: how many kernels this layer learns; each one makes one feature map (output channel).");
        Spinner<Integer> kernel = spinner("builder-kernel", 1, MAX_KERNEL, conv.kernelSize(),
                "Kernel size, 1 to " + MAX_KERNEL + ": each kernel looks at a k x k patch. Bigger kernels see more at once"
                        + " but have more weights; one larger than its input is marked with the reason.");
        Spinner<Integer> stride = spinner("builder-stride", 1, 5, conv.stride(),
                "Stride: how far the kernel moves between two outputs. Stride 2 halves the image.");
        ComboBox<LayerPadding> padding = choice("builder-padding", LayerPadding.values(), conv.padding(),
                "Padding: 'valid' uses only real pixels, so the map shrinks by k−1; 'same' adds zeros around the border"
                        + " so the map keeps its size.");
        ComboBox<LayerActivation> activation = activationChoice(conv.activation());
        Runnable edit = () -> emit(new LayerSpec.Conv(filters.getValue(), kernel.getValue(), stride.getValue(),
                padding.getValue(), activation.getValue()));
        listen(edit, filters, kernel, stride);
        padding.valueProperty().addListener((obs, o, n) -> edit.run());
        activation.valueProperty().addListener((obs, o, n) -> edit.run());
        row(0, "Filters", filters);
        row(1, "Kernel size", kernel);
        row(2, "Stride", stride);
        row(3, "Padding", padding);
        row(4, "Activation", activation);
    }

    private void poolForm(LayerSpec.Pool pool) {
        ComboBox<PoolingType> kind = choice("builder-pool-kind", PoolingType.values(), pool.kind(),
                "Max keeps the strongest response in each window; average keeps the mean.");
        Spinner<Integer> size = spinner("builder-pool-size", 1, 8, pool.size(),
                "Window size: each output summarises a size x size window of its input.");
        Spinner<Integer> stride = spinner("builder-pool-stride", 1, 8, pool.stride(),
                "Stride: how far the window moves. Equal to the size, windows do not overlap and the image shrinks by that factor.");
        Runnable edit = () -> emit(new LayerSpec.Pool(kind.getValue(), size.getValue(), stride.getValue()));
        listen(edit, size, stride);
        kind.valueProperty().addListener((obs, o, n) -> edit.run());
        row(0, "Pooling", kind);
        row(1, "Window size", size);
        row(2, "Stride", stride);
    }

    private void denseForm(LayerSpec.Dense dense) {
        Spinner<Integer> units = spinner("builder-units", 1, 4096, dense.units(),
                "Units: how many weighted sums this layer computes. Each unit has one weight per input plus a bias.");
        ComboBox<LayerActivation> activation = activationChoice(dense.activation());
        Runnable edit = () -> emit(new LayerSpec.Dense(units.getValue(), activation.getValue()));
        listen(edit, units);
        activation.valueProperty().addListener((obs, o, n) -> edit.run());
        row(0, "Units", units);
        row(1, "Activation", activation);
    }

    private void dropoutForm(LayerSpec.Dropout dropout) {
        Spinner<Double> rate = Spinners.decimals(0, 0.95, dropout.rate(), 0.05);
        rate.setId("builder-rate");
        rate.setTooltip(new Tooltip("Rate: the share of values switched off at random in each training step (0.5 = half)."
                + " Nothing is switched off when the network is used."));
        rate.valueProperty().addListener((obs, o, n) -> emit(new LayerSpec.Dropout(Math.round(n * 100) / 100.0)));
        sizeSpinner(rate);
        row(0, "Rate", rate);
    }

    private void addForm(LayerSpec.Add add) {
        Spinner<Integer> from = spinner("builder-add-from", 0, 99, add.from() + 1,
                "Skip connection: adds the output of this earlier layer (0 = the input image) to the previous layer's output.");
        listen(() -> emit(new LayerSpec.Add(from.getValue() - 1)), from);
        row(0, "Add output of layer", from);
    }

    private void emit(LayerSpec edited) {
        shown = edited;
        onEdit.accept(edited);
    }

    private void row(int index, String label, javafx.scene.Node control) {
        Label name = new Label(label);
        name.setLabelFor(control);
        form.add(name, 0, index);
        form.add(control, 1, index);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, String tip) {
        Spinner<Integer> spinner = Spinners.integers(min, max, Math.max(min, Math.min(max, value)));
        spinner.setId(id);
        spinner.setTooltip(new Tooltip(tip));
        sizeSpinner(spinner);
        return spinner;
    }

    private static void sizeSpinner(Spinner<?> spinner) {
        spinner.setStyle("-fx-pref-width: 7em;");
    }

    @SafeVarargs
    private static void listen(Runnable edit, Spinner<Integer>... spinners) {
        for (Spinner<Integer> spinner : spinners) {
            spinner.valueProperty().addListener((obs, o, n) -> edit.run());
        }
    }

    private static <T> ComboBox<T> choice(String id, T[] values, T value, String tip) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setValue(value);
        box.setTooltip(new Tooltip(tip));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T object) {
                if (object instanceof LayerPadding p) {
                    return p.id();
                }
                if (object instanceof LayerActivation a) {
                    return a.id();
                }
                if (object instanceof PoolingType t) {
                    return t == PoolingType.MAX ? "max" : "average";
                }
                return String.valueOf(object);
            }

            @Override
            public T fromString(String string) {
                return box.getValue();
            }
        });
        return box;
    }

    private static ComboBox<LayerActivation> activationChoice(LayerActivation value) {
        return choice("builder-activation", LayerActivation.values(), value,
                "Activation: the function applied to each output. relu = max(0, x) keeps positive evidence;"
                        + " softmax turns the last layer's outputs into class probabilities.");
    }
}
