package org.cnnlab.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.function.UnaryOperator;
import org.cnnlab.engine.Kernel;

/**
 * Edits one convolution kernel: a grid of cells (1x1 to 11x11), the tools a teacher reaches for
 * (normalise, flip, transpose, rotate, random, zero, identity, paste) and a heatmap of the weights.
 *
 * <p>{@link #kernelProperty()} always holds a valid kernel. A cell that is empty, not a number,
 * NaN, infinite, huge or written with a decimal comma is marked with the {@code :invalid} pseudo
 * class, {@link #messageProperty()} says why, and the last valid kernel stays in use until every
 * cell is valid again.
 *
 * <p>Keyboard: arrows move between cells (left/right once the caret reaches the edge of the text),
 * Tab moves on, Enter moves down; Ctrl+V with several numbers on the clipboard pastes a whole kernel.
 */
public final class KernelEditor extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel", Kernel.identity(3));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Spinner<Integer> sizeSpinner = Spinners.integers(1, Kernel.MAX_SIZE, 3);
    private final GridPane grid = new GridPane();
    private final Label messageLabel = new Label();
    private final Button normaliseButton = new Button("Normalise");
    private final StackPane normaliseHolder = new StackPane(normaliseButton);
    private final Tooltip normaliseTip = new Tooltip();
    private final KernelHeatmap heatmap = new KernelHeatmap();
    private final List<TextField> cells = new ArrayList<>();
    private float[] values = new float[0];
    private String[] problems = new String[0];
    private int rows;
    private int columns;
    private boolean syncing;
    private long nextSeed = 1;

    public KernelEditor() {
        getStyleClass().add("kernel-editor");
        getStylesheets().add(KernelEditor.class.getResource("/org/cnnlab/ui/controls.css").toExternalForm());
        setSpacing(6);
        sizeSpinner.setPrefWidth(90);
        sizeSpinner.setId("kernel-size");
        sizeSpinner.valueProperty().addListener((obs, o, n) -> {
            if (!syncing && n != null) {
                resize(n);
            }
        });
        Label sizeLabel = new Label("Kernel size");
        HBox sizeRow = new HBox(8, sizeLabel, sizeSpinner);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        grid.getStyleClass().add("kernel-grid");
        grid.setHgap(2);
        grid.setVgap(2);

        messageLabel.getStyleClass().add("kernel-message");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(message);
        messageLabel.managedProperty().bind(message.isNotEmpty());
        messageLabel.visibleProperty().bind(message.isNotEmpty());
        messageLabel.setId("kernel-message");

        normaliseButton.setId("kernel-normalise");
        normaliseButton.setOnAction(e -> apply(Kernel::normalised, "divided every weight by the sum"));
        normaliseTip.setWrapText(true);
        normaliseTip.setMaxWidth(400);
        Tooltip.install(normaliseHolder, normaliseTip);

        FlowPane tools = new FlowPane(4, 4,
                normaliseHolder,
                tool("Flip ↔", "Mirror left to right", k -> k.flippedHorizontally()),
                tool("Flip ↕", "Mirror top to bottom", k -> k.flippedVertically()),
                tool("Transpose", "Rows become columns", k -> k.transposed()),
                tool("Rotate ↻", "Rotate 90° clockwise", k -> k.rotatedClockwise()),
                randomButton(),
                tool("Zero", "Every weight 0", k -> Kernel.zeros(k.height())),
                tool("Identity", "A single 1 in the centre: the map equals the input", k -> Kernel.identity(k.height())),
                pasteButton());
        tools.getStyleClass().add("kernel-tools");

        heatmap.kernelProperty().bind(kernel);
        getChildren().addAll(sizeRow, grid, messageLabel, tools, heatmap);
        setPadding(new Insets(4));

        kernel.addListener((obs, o, n) -> {
            if (n == null) {
                kernel.set(o);
                return;
            }
            if (!syncing) {
                showKernel(n);
            }
            updateNormalise(n);
        });
        showKernel(kernel.get());
        updateNormalise(kernel.get());
    }

    /** The kernel in use: always valid, the last one whose cells all held numbers. */
    public ObjectProperty<Kernel> kernelProperty() {
        return kernel;
    }

    public Kernel getKernel() {
        return kernel.get();
    }

    public void setKernel(Kernel k) {
        kernel.set(k);
    }

    /** Why the cells do not form a kernel, or what the last tool did; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The text field of cell {@code (row, column)}, for tests and focus handling. */
    public TextField cell(int row, int column) {
        return cells.get(row * columns + column);
    }

    /** True when cell {@code (row, column)} is marked invalid. */
    public boolean isCellInvalid(int row, int column) {
        return problems[row * columns + column] != null;
    }

    /** Pastes the kernel on the system clipboard; a message says why when it holds none. */
    public void pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        pasteText(clipboard.hasString() ? clipboard.getString() : null);
    }

    /** Replaces the kernel (and its size) with the rows in {@code text}. */
    public void pasteText(String text) {
        try {
            Kernel pasted = KernelTextParser.parse(text);
            kernel.set(pasted);
            message.set("pasted a " + pasted.height() + "x" + pasted.width() + " kernel");
        } catch (IllegalArgumentException e) {
            message.set("could not paste: " + e.getMessage() + ". The last valid kernel stays in use.");
        }
    }

    private Button tool(String text, String tip, UnaryOperator<Kernel> operation) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> apply(operation, ""));
        return b;
    }

    private Button randomButton() {
        Button b = new Button("Random");
        b.setTooltip(new Tooltip("Uniform random weights in [-1, 1); each press uses the next seed, so results repeat"));
        b.setOnAction(e -> {
            long seed = nextSeed++;
            apply(k -> Kernel.random(k.height(), seed), "random weights, seed " + seed);
        });
        return b;
    }

    private Button pasteButton() {
        Button b = new Button("Paste");
        b.setTooltip(new Tooltip("Paste rows of numbers (tab, space or comma separated) from the clipboard"));
        b.setOnAction(e -> pasteFromClipboard());
        return b;
    }

    private void apply(UnaryOperator<Kernel> operation, String done) {
        try {
            kernel.set(operation.apply(kernel.get()));
            message.set(done);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    private void updateNormalise(Kernel k) {
        boolean zeroSum = Math.abs(k.sum()) < 1e-9;
        normaliseButton.setDisable(zeroSum);
        normaliseTip.setText(zeroSum
                ? "The weights sum to 0, so there is nothing to divide by: this kernel measures change, not brightness."
                : "Divide every weight by the sum (" + NumberText.weight(k.sum()) + ") so flat areas keep their brightness.");
    }

    private void resize(int size) {
        Kernel old = kernel.get();
        float[] w = new float[size * size];
        int dy = (size - old.height()) / 2;
        int dx = (size - old.width()) / 2;
        for (int y = 0; y < old.height(); y++) {
            for (int x = 0; x < old.width(); x++) {
                int ty = y + dy;
                int tx = x + dx;
                if (ty >= 0 && tx >= 0 && ty < size && tx < size) {
                    w[ty * size + tx] = old.get(y, x);
                }
            }
        }
        kernel.set(Kernel.of(size, size, w));
        message.set("");
    }

    private void showKernel(Kernel k) {
        syncing = true;
        try {
            if (k.height() != rows || k.width() != columns) {
                buildGrid(k.height(), k.width());
            }
            values = k.weights();
            for (int i = 0; i < cells.size(); i++) {
                problems[i] = null;
                cells.get(i).setText(cellText(values[i]));
                cells.get(i).pseudoClassStateChanged(INVALID, false);
            }
            sizeSpinner.getValueFactory().setValue(Math.max(k.height(), k.width()));
            message.set("");
        } finally {
            syncing = false;
        }
    }

    /**
     * A weight as its cell shows it: 4 decimals up to 5x5, fewer beyond, where cells are narrow;
     * a focused cell shows 4. Only what a person types is parsed back, so the rounding never
     * changes the kernel in use.
     */
    private String cellText(float value) {
        int side = Math.max(rows, columns);
        return NumberText.format(value, side > 8 ? 1 : side > 5 ? 2 : 4);
    }

    private void showPrecisely(int index, boolean focused) {
        if (problems[index] != null) {
            return;
        }
        syncing = true;
        try {
            cells.get(index).setText(focused ? NumberText.weight(values[index]) : cellText(values[index]));
        } finally {
            syncing = false;
        }
    }

    private void buildGrid(int h, int w) {
        grid.getChildren().clear();
        cells.clear();
        rows = h;
        columns = w;
        problems = new String[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                TextField field = new TextField();
                field.getStyleClass().add("kernel-cell");
                field.setId("kernel-cell-" + y + "-" + x);
                int side = Math.max(h, w);
                if (side > 5) {
                    field.getStyleClass().add("kernel-cell-small");
                }
                field.setStyle("-fx-pref-width: " + (side > 7 ? 2.75 : side > 5 ? 3.6 : 4.2) + "em;");
                int index = y * w + x;
                field.textProperty().addListener((obs, o, n) -> {
                    if (!syncing) {
                        cellEdited(index, n);
                    }
                });
                field.focusedProperty().addListener((obs, o, focused) -> {
                    showPrecisely(index, focused);
                    if (focused) {
                        field.selectAll();
                    }
                });
                field.setTooltip(new Tooltip("row " + (y + 1) + ", column " + (x + 1)));
                field.addEventFilter(KeyEvent.KEY_PRESSED, e -> navigate(e, index));
                cells.add(field);
                grid.add(field, x, y);
            }
        }
    }

    private void cellEdited(int index, String text) {
        CellValue value = KernelCellParser.parse(text);
        TextField field = cells.get(index);
        field.pseudoClassStateChanged(INVALID, !value.isValid());
        problems[index] = value.problem();
        if (value.isValid()) {
            values[index] = value.value();
        }
        for (int i = 0; i < problems.length; i++) {
            if (problems[i] != null) {
                message.set("Row " + (i / columns + 1) + ", column " + (i % columns + 1) + ": " + problems[i]
                        + ". The last valid kernel stays in use.");
                return;
            }
        }
        message.set("");
        syncing = true;
        try {
            kernel.set(Kernel.of(rows, columns, values.clone()));
        } finally {
            syncing = false;
        }
        updateNormalise(kernel.get());
    }

    private void navigate(KeyEvent e, int index) {
        int y = index / columns;
        int x = index % columns;
        TextField field = cells.get(index);
        int target = -1;
        if (e.getCode() == KeyCode.UP && y > 0) {
            target = index - columns;
        } else if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && y < rows - 1) {
            target = index + columns;
        } else if (e.getCode() == KeyCode.ENTER && x < columns - 1) {
            target = x + 1;
        } else if (e.getCode() == KeyCode.LEFT && x > 0 && field.getCaretPosition() == 0 && field.getSelection().getLength() == 0
                || e.getCode() == KeyCode.LEFT && x > 0 && field.getSelection().getLength() == field.getLength()) {
            target = index - 1;
        } else if (e.getCode() == KeyCode.RIGHT && x < columns - 1
                && (field.getCaretPosition() == field.getLength() || field.getSelection().getLength() == field.getLength())) {
            target = index + 1;
        } else if (e.getCode() == KeyCode.V && e.isShortcutDown() && clipboardHoldsSeveralValues()) {
            pasteFromClipboard();
            e.consume();
            return;
        }
        if (target >= 0) {
            cells.get(target).requestFocus();
            e.consume();
        }
    }

    private static boolean clipboardHoldsSeveralValues() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() && clipboard.getString().strip().matches("(?s).*\\d[\\s,;\\t]+[-+.\\d].*");
    }
}
