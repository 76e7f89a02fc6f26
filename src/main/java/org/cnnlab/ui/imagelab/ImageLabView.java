package org.cnnlab.ui.imagelab;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;

/**
 * The image lab screen: how an image file becomes numbers, and how decoders disagree about it.
 * Open a file (button, drag and drop, or the sample gallery), choose a decoder, and read the
 * pixels (hover for raw and normalised values), the metadata, the grayscale conversions, the
 * channel planes and the side-by-side comparison of every decoder. Refusals and errors appear as
 * a message inside the view.
 */
public final class ImageLabView extends BorderPane {

    private final ImageLabViewModel viewModel;
    private final SampleGallery gallery;
    private final ComboBox<ImageDecoder> decoderBox = new ComboBox<>();
    private final Spinner<Integer> pageSpinner = new Spinner<>();
    private final Label pageLabel = new Label("Page");
    private final Label fileLabel = new Label("No image open");
    private final Label messageLabel = new Label();
    private final Button downsampleButton = new Button("Downsample and open");
    private final HBox messageBanner = new HBox();
    private final TableView<MetadataRow> metadataTable = new TableView<>();
    private final PixelsPane pixelsPane;
    private final ChannelsPane channelsPane = new ChannelsPane();
    private final GrayscalePane grayscalePane = new GrayscalePane();
    private final ComparePane comparePane;
    private final TabPane tabs = new TabPane();
    private final Tab pixelsTab = new Tab("Pixels");
    private final Tab metadataTab = new Tab("Metadata");
    private final Tab grayscaleTab = new Tab("Grayscale");
    private final Tab channelsTab = new Tab("Channels");
    private final Tab compareTab = new Tab("Compare decoders");

    public ImageLabView(ImageLabViewModel viewModel, Path sampleFolder) {
        this.viewModel = viewModel;
        this.comparePane = new ComparePane(viewModel);
        this.pixelsPane = new PixelsPane(viewModel);
        getStyleClass().add("image-lab");
        getStylesheets().add(ImageLabView.class.getResource("imagelab.css").toExternalForm());
        gallery = new SampleGallery(sampleFolder, viewModel.decoders(), viewModel::open);
        gallery.setId("sampleGallery");

        setTop(buildToolbar());
        VBox center = new VBox(buildMessageBanner(), buildTabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox galleryBox = new VBox(new Label("Sample images"), gallery);
        galleryBox.getStyleClass().add("gallery-box");
        VBox.setVgrow(gallery, Priority.ALWAYS);
        SplitPane split = new SplitPane(galleryBox, center);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(galleryBox, false);
        setCenter(split);

        setOnDragOver(this::acceptFiles);
        setOnDragDropped(this::openDropped);
        viewModel.snapshotProperty().addListener((obs, old, now) -> showSnapshot(now));
        viewModel.fileProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(gallery.getSelectionModel().getSelectedItem())) {
                gallery.getSelectionModel().clearSelection();
            }
        });
        viewModel.errorProperty().addListener((obs, old, now) -> showMessage());
        viewModel.warningProperty().addListener((obs, old, now) -> showMessage());
        showSnapshot(viewModel.snapshotProperty().get());
        showMessage();
    }

    public ImageLabViewModel viewModel() {
        return viewModel;
    }

    private FlowPane buildToolbar() {
        Button open = new Button("Open image…");
        open.setId("openButton");
        open.setOnAction(e -> chooseFile());
        decoderBox.setId("decoderBox");
        decoderBox.getItems().setAll(viewModel.decoders());
        decoderBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImageDecoder decoder) {
                return decoder == null ? "" : decoder.displayName();
            }

            @Override
            public ImageDecoder fromString(String text) {
                return viewModel.decoders().stream().filter(d -> d.displayName().equals(text)).findFirst().orElse(null);
            }
        });
        decoderBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImageDecoder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName());
                setTooltip(empty || item == null ? null : new Tooltip(item.description()));
            }
        });
        decoderBox.valueProperty().bindBidirectional(viewModel.decoderProperty());

        pageSpinner.setId("pageSpinner");
        pageSpinner.setEditable(true);
        pageSpinner.setPrefWidth(90);
        pageSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1));
        viewModel.pageCountProperty().addListener((obs, old, now) -> updatePageSpinner());
        viewModel.pageProperty().addListener((obs, old, now) -> pageSpinner.getValueFactory().setValue(now.intValue() + 1));
        pageSpinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now - 1 != viewModel.pageProperty().get()) {
                viewModel.pageProperty().set(now - 1);
            }
        });
        pageLabel.visibleProperty().bind(viewModel.pageCountProperty().greaterThan(1));
        pageLabel.managedProperty().bind(pageLabel.visibleProperty());
        pageSpinner.visibleProperty().bind(pageLabel.visibleProperty());
        pageSpinner.managedProperty().bind(pageLabel.visibleProperty());

        Button sandbox = new Button("Use in kernel sandbox");
        sandbox.setId("sandboxButton");
        sandbox.setOnAction(e -> viewModel.sendToSandbox());
        sandbox.visibleProperty().bind(viewModel.sendToSandboxProperty().isNotNull());
        sandbox.managedProperty().bind(sandbox.visibleProperty());
        sandbox.disableProperty().bind(viewModel.snapshotProperty().isNull());

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy-indicator");
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        fileLabel.setId("fileLabel");
        fileLabel.getStyleClass().add("file-label");
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? "No image open: choose a sample, open a file or drop one here"
                : viewModel.fileProperty().get().getFileName().toString(), viewModel.fileProperty()));
        Label decoderLabel = new Label("Decoder");
        decoderLabel.setLabelFor(decoderBox);
        // A wrapping row rather than a ToolBar: a ToolBar hides what does not fit behind "»", where a
        // class watching a projector would never find "Use in kernel sandbox".
        // Gaps and padding come from imagelab.css (in em, so they follow the projector scale).
        FlowPane bar = new FlowPane(open, decoderLabel, decoderBox, pageLabel, pageSpinner, sandbox, fileLabel, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.getStyleClass().add("lab-toolbar");
        return bar;
    }

    private void updatePageSpinner() {
        int count = Math.max(1, viewModel.pageCountProperty().get());
        pageSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, count,
                Math.min(count, viewModel.pageProperty().get() + 1)));
    }

    private HBox buildMessageBanner() {
        messageLabel.setId("messageLabel");
        messageLabel.setWrapText(true);
        messageLabel.setMinHeight(Region.USE_PREF_SIZE);
        messageLabel.getStyleClass().add("message-text");
        downsampleButton.setId("downsampleButton");
        downsampleButton.setOnAction(e -> viewModel.downsampleAndOpen());
        HBox.setHgrow(messageLabel, Priority.ALWAYS);
        messageBanner.getChildren().addAll(messageLabel, downsampleButton);
        messageBanner.getStyleClass().add("message-banner");
        messageBanner.setVisible(false);
        messageBanner.setManaged(false);
        return messageBanner;
    }

    private TabPane buildTabs() {
        tabs.setId("labTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pixelsTab.setContent(pixelsPane);
        metadataTab.setContent(buildMetadata());
        grayscaleTab.setContent(scrolling(grayscalePane, 4, grayscalePane::setPanelSize));
        channelsTab.setContent(scrolling(channelsPane, 3, channelsPane::setPanelSize));
        compareTab.setContent(scrolling(comparePane, 2.4, comparePane::setPanelSize));
        tabs.getTabs().addAll(pixelsTab, metadataTab, grayscaleTab, channelsTab, compareTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> compareIfShown());
        return tabs;
    }

    /** {@code content} in a vertical scroll pane that sizes its heatmaps to fit {@code perRow} across. */
    private static ScrollPane scrolling(javafx.scene.Node content, double perRow,
            java.util.function.DoubleConsumer panelSize) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> panelSize.accept(
                Math.max(140, Math.min(now.getHeight() - 160, (now.getWidth() - 40 - 20 * perRow) / perRow))));
        return scroll;
    }

    private void compareIfShown() {
        if (tabs.getSelectionModel().getSelectedItem() == compareTab && viewModel.fileProperty().get() != null
                && viewModel.comparison().isEmpty() && !viewModel.comparingProperty().get()) {
            viewModel.compareAll();
        }
    }

    private TableView<MetadataRow> buildMetadata() {
        metadataTable.setId("metadataTable");
        TableColumn<MetadataRow, String> property = new TableColumn<>("Property");
        property.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().property()));
        property.setPrefWidth(200);
        property.setMaxWidth(320);
        TableColumn<MetadataRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        WrappingTextCell.install(value);
        metadataTable.getColumns().setAll(List.of(property, value));
        metadataTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metadataTable.setItems(viewModel.metadata());
        metadataTable.setPlaceholder(new Label("Open an image to see what the decoder made of it."));
        return metadataTable;
    }

    private void showSnapshot(LabSnapshot snapshot) {
        pixelsPane.show(snapshot);
        if (snapshot == null) {
            channelsPane.show(null);
            grayscalePane.show(null);
            compareIfShown();
            return;
        }
        DecodedImage image = snapshot.image();
        channelsPane.show(image);
        grayscalePane.show(snapshot.grayscale());
        compareIfShown();
    }

    /** The error if there is one, otherwise the current image's warnings, in the banner above the tabs. */
    private void showMessage() {
        String error = viewModel.errorProperty().get();
        String warning = viewModel.warningProperty().get();
        boolean isError = !error.isEmpty();
        String message = isError ? error : warning.isEmpty() ? "" : "Warning: " + warning;
        boolean show = !message.isEmpty();
        messageLabel.setText(message);
        messageBanner.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), show && !isError);
        downsampleButton.setVisible(isError && viewModel.downsampleOffered());
        downsampleButton.setManaged(downsampleButton.isVisible());
        messageBanner.setVisible(show);
        messageBanner.setManaged(show);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an image");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.tif",
                        "*.tiff", "*.webp", "*.psd", "*.ppm", "*.pgm", "*.pnm", "*.tga", "*.ico", "*.svg"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDropped(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        boolean opened = files != null && !files.isEmpty();
        if (opened) {
            viewModel.open(files.get(0).toPath());
        }
        event.setDropCompleted(opened);
        event.consume();
    }

    /** Stops background work of the view and its view model. */
    public void close() {
        gallery.close();
        viewModel.close();
    }
}
