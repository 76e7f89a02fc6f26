package org.cnnlab.ui.imagelab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.ImageTensors;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The list of sample images beside the image lab: every image file of a folder with a small
 * thumbnail. Thumbnails are decoded in the background, downsampled, by the first decoder that
 * reads the file, so formats JavaFX cannot show (TIFF, WebP, PSD) get one too. Choosing an entry
 * calls the open handler.
 */
public final class SampleGallery extends ListView<Path> {
    private static final Logger LOG = LoggerFactory.getLogger(SampleGallery.class);
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
            "webp", "psd", "ppm", "pgm", "pbm", "pnm", "tga", "ico", "svg", "pict", "iff", "hdr", "icns");
    private static final double THUMBNAIL_MEGAPIXELS = 0.02;

    private final List<ImageDecoder> decoders;
    private final Map<Path, Image> thumbnails = new ConcurrentHashMap<>();
    private final TaskExecutor loader = new DaemonTaskExecutor("image-lab-thumbnails", 1);

    public SampleGallery(Path folder, List<ImageDecoder> decoders, Consumer<Path> onOpen) {
        this.decoders = List.copyOf(decoders);
        getStyleClass().add("sample-gallery");
        setPlaceholder(new javafx.scene.control.Label("No sample images in\n" + folder));
        getItems().setAll(imagesIn(folder));
        setCellFactory(list -> new ThumbnailCell());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onOpen.accept(now);
            }
        });
        for (Path file : getItems()) {
            loader.execute(BackgroundTask.call("The thumbnail of " + file.getFileName() + " could not be made",
                    () -> thumbnailPixels(file)).onSuccess(pixels -> show(file, pixels)));
        }
    }

    /** Image files of {@code folder} by extension, sorted by name; empty when the folder is missing. */
    static List<Path> imagesIn(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> IMAGE_EXTENSIONS.contains(extension(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list sample images in {}", folder, e);
            return List.of();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Stops loading thumbnails. */
    public void close() {
        loader.close();
    }

    /** A small ARGB copy of {@code file} from the first decoder that reads it; null when none does. */
    private DecodedImage thumbnailPixels(Path file) {
        DecodeOptions options = DecodeOptions.defaults().withMaxMegapixels(THUMBNAIL_MEGAPIXELS).withDownsample(true);
        for (ImageDecoder decoder : decoders) {
            try {
                return decoder.decode(file, options);
            } catch (DecodeException | RuntimeException e) {
                LOG.debug("{} gives no thumbnail for {}: {}", decoder.id(), file, e.getMessage());
            }
        }
        return null;
    }

    private void show(Path file, DecodedImage image) {
        if (image == null) {
            return;
        }
        int[] argb = ImageTensors.argb(image);
        WritableImage thumbnail = new WritableImage(image.width(), image.height());
        thumbnail.getPixelWriter().setPixels(0, 0, image.width(), image.height(),
                PixelFormat.getIntArgbInstance(), argb, 0, image.width());
        thumbnails.put(file, thumbnail);
        refresh();
    }

    private final class ThumbnailCell extends ListCell<Path> {
        private final ImageView icon = new ImageView();
        private final javafx.scene.layout.StackPane iconBox = new javafx.scene.layout.StackPane(icon);

        ThumbnailCell() {
            icon.setPreserveRatio(true);
            icon.setSmooth(true);
            icon.fitWidthProperty().bind(fontProperty().map(f -> f.getSize() * 3.5));
            icon.fitHeightProperty().bind(fontProperty().map(f -> f.getSize() * 3.5));
            iconBox.getStyleClass().add("thumbnail-box");
            setContentDisplay(ContentDisplay.LEFT);
            setPrefWidth(0);
            setWrapText(true);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(breakable(item.getFileName().toString()));
            setAccessibleText(item.getFileName().toString());
            setTooltip(new javafx.scene.control.Tooltip(item.getFileName().toString()));
            icon.setImage(thumbnails.get(item));
            setGraphic(iconBox);
        }
    }

    /** Names longer than this are shown on two lines beside their thumbnail. */
    static final int ONE_LINE_CHARACTERS = 14;

    /**
     * The file name as the gallery shows it: a long name is broken onto two lines after the '-', '_'
     * or '.' nearest its middle, so that it reads whole beside its thumbnail instead of being cut to
     * "…" (a class cannot hover to read a tooltip) or broken in the middle of a word.
     */
    static String breakable(String fileName) {
        if (fileName.length() <= ONE_LINE_CHARACTERS) {
            return fileName;
        }
        int middle = fileName.length() / 2;
        int best = -1;
        for (int i = 1; i < fileName.length() - 1; i++) {
            char c = fileName.charAt(i);
            if ((c == '-' || c == '_' || c == '.') && (best < 0 || Math.abs(i + 1 - middle) < Math.abs(best + 1 - middle))) {
                best = i;
            }
        }
        return best < 0 ? fileName : fileName.substring(0, best + 1) + "\n" + fileName.substring(best + 1);
    }
}
