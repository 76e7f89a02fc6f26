package org.cnnlab.ui.imagelab;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto more lines at the column's width instead of being cut off
 * with an ellipsis, so long refusal reasons and warnings stay readable.
 *
 * @param <S> the row type
 */
public final class WrappingTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingTextCell(TableColumn<S, String> column) {
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
    }

    /** Makes every cell of {@code column} wrap. */
    public static <S> void install(TableColumn<S, String> column) {
        column.setCellFactory(WrappingTextCell::new);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty ? null : item);
        setGraphic(empty ? null : text);
    }
}
