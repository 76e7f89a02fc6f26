package org.cnnlab.ui.imagelab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeException.Reason;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.ui.tasks.BackgroundTask;
import org.cnnlab.ui.tasks.DaemonTaskExecutor;
import org.cnnlab.ui.tasks.TaskExecutor;
import org.cnnlab.ui.tasks.TaskHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the image lab: which file, which decoder, what that decoder made of the file (or why it
 * refused it), the metadata table, the grayscale conversions, the pixel inspector and the
 * comparison of every decoder on the same file.
 *
 * <p>Decoding runs on background threads, never on the UI thread; every result is posted to the UI
 * through a {@link TaskExecutor}. A newer request overrides an older one: a superseded request is
 * cancelled and its result dropped. A decode that outlives its timeout is abandoned with a message. Call its methods on
 * the UI thread; nothing here throws at the user: every failure becomes {@link #errorProperty()}.
 *
 * <p>A little over 400 lines because the five tabs read one decoded image and must change
 * together when the file, the decoder or the page changes; each tab's arithmetic (metadata rows,
 * grayscale differences, decoder comparison) lives in its own class in {@code imaging}.
 */
public final class ImageLabViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImageLabViewModel.class);

    private final List<ImageDecoder> decoders;
    private final TaskExecutor tasks;
    private final DecodeOptions baseOptions;
    private TaskHandle decoding;
    private List<TaskHandle> comparisons = List.of();
    private TaskHandle pairing;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObjectProperty<ImageDecoder> decoder = new SimpleObjectProperty<>(this, "decoder");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyObjectWrapper<LabSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyObjectWrapper<Reason> errorReason = new ReadOnlyObjectWrapper<>(this, "errorReason");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<MetadataRow> metadata = FXCollections.observableArrayList();
    private final ObservableList<DecoderOutcome> comparison = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper comparingNow = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyObjectWrapper<PairComparison> pairComparison = new ReadOnlyObjectWrapper<>(this, "pairComparison");
    private final ObjectProperty<Consumer<DecodedImage>> sendToSandbox = new SimpleObjectProperty<>(this, "sendToSandbox");

    private boolean downsampleAllowed;
    private boolean applyingPage;
    private CompletableFuture<Void> latest = CompletableFuture.completedFuture(null);

    /**
     * A view model decoding on threads of its own (as many as decodes run: a decoder that hangs on
     * a damaged file must not hold up the next one) with the default limits.
     */
    public ImageLabViewModel(List<ImageDecoder> decoders) {
        this(decoders, new DaemonTaskExecutor("image-lab-decode", DaemonTaskExecutor.UNBOUNDED), DecodeOptions.defaults());
    }

    /**
     * @param decoders    the decoders to offer, the first one selected
     * @param tasks       runs the decodes and hands their results to the FX thread; closed with this view model
     * @param baseOptions megapixel limit and timeout for every decode
     */
    public ImageLabViewModel(List<ImageDecoder> decoders, TaskExecutor tasks, DecodeOptions baseOptions) {
        if (decoders.isEmpty()) {
            throw new IllegalArgumentException("the image lab needs at least one decoder");
        }
        this.decoders = List.copyOf(decoders);
        this.tasks = Objects.requireNonNull(tasks);
        this.baseOptions = Objects.requireNonNull(baseOptions);
        decoder.set(this.decoders.get(0));
        decoder.addListener((obs, old, now) -> {
            if (now != null && file.get() != null) {
                reload();
            }
        });
        page.addListener((obs, old, now) -> {
            if (!applyingPage && file.get() != null) {
                comparison.clear();
                pairComparison.set(null);
                reload();
            }
        });
    }

    public List<ImageDecoder> decoders() {
        return decoders;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The selected decoder; changing it decodes the current file again. */
    public ObjectProperty<ImageDecoder> decoderProperty() {
        return decoder;
    }

    /** The page or frame to show, from 0; changing it decodes again. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The current decoded image with everything derived from it, or null. */
    public ReadOnlyObjectProperty<LabSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The current decoded image, or null when nothing is open or the decoder refused the file. */
    public DecodedImage image() {
        LabSnapshot s = snapshot.get();
        return s == null ? null : s.image();
    }

    /** A human message when the last decode failed, otherwise empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The current image's warnings as sentences (a truncated file, a downsampled read), otherwise empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Reason> errorReasonProperty() {
        return errorReason.getReadOnlyProperty();
    }

    /** True when the file was refused as too large and can be opened downsampled. */
    public boolean downsampleOffered() {
        return errorReason.get() == Reason.TOO_LARGE;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<MetadataRow> metadata() {
        return metadata;
    }

    /** One entry per decoder after {@link #compareAll()}. */
    public ObservableList<DecoderOutcome> comparison() {
        return comparison;
    }

    /** The difference between the two decoders chosen with {@link #comparePair}, or null. */
    public ReadOnlyObjectProperty<PairComparison> pairComparisonProperty() {
        return pairComparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparingNow.getReadOnlyProperty();
    }

    /** Called with the current image when the user sends it to the kernel sandbox; null hides the button. */
    public ObjectProperty<Consumer<DecodedImage>> sendToSandboxProperty() {
        return sendToSandbox;
    }

    /** Hands the current image to the sandbox callback, if both exist. */
    public void sendToSandbox() {
        Consumer<DecodedImage> target = sendToSandbox.get();
        DecodedImage image = image();
        if (target != null && image != null) {
            target.accept(image);
        }
    }

    /** Completes when the most recent decode request has been applied (or superseded). */
    public CompletableFuture<Void> pending() {
        return latest;
    }

    /** Opens {@code path} with the selected decoder, from its first page. */
    public CompletableFuture<Void> open(Path path) {
        file.set(Objects.requireNonNull(path));
        downsampleAllowed = false;
        comparison.clear();
        pairComparison.set(null);
        applyingPage = true;
        try {
            page.set(0);
            pageCount.set(1);
        } finally {
            applyingPage = false;
        }
        return reload();
    }

    /** Opens the current file again, reading every n-th pixel so that it fits the megapixel limit. */
    public CompletableFuture<Void> downsampleAndOpen() {
        downsampleAllowed = true;
        return reload();
    }

    /** Decodes the current file with the selected decoder and page. */
    public CompletableFuture<Void> reload() {
        Path path = file.get();
        ImageDecoder chosen = decoder.get();
        if (path == null || chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        DecodeOptions options = baseOptions.withPage(Math.max(0, page.get())).withDownsample(downsampleAllowed);
        busy.set(true);
        if (decoding != null) {
            decoding.cancel();
        }
        decoding = tasks.execute(decode(chosen, path, options)
                .onSuccess(image -> apply(LabSnapshot.of(image)))
                .onFailure(failure -> apply(humanFailure(failure.cause()))));
        latest = decoding.finished();
        return latest;
    }

    private static BackgroundTask<DecodedImage> decode(ImageDecoder chosen, Path path, DecodeOptions options) {
        return BackgroundTask.call(chosen.displayName() + " could not decode " + path.getFileName(),
                () -> chosen.decode(path, options)).timeout(options.timeout());
    }

    /** A DecodeException for any failure: the decoder's own, a timeout, or an unexpected error (logged). */
    private static DecodeException humanFailure(Throwable cause) {
        if (cause instanceof DecodeException decodeException) {
            return decodeException;
        }
        if (cause instanceof TimeoutException) {
            return new DecodeException(Reason.TIMEOUT,
                    "Decoding took too long and was abandoned; the file may be huge or damaged. Try another decoder.");
        }
        if (cause instanceof OutOfMemoryError) {
            return new DecodeException(Reason.TOO_LARGE,
                    "There is not enough memory to decode this image; open it downsampled.", cause);
        }
        LOG.warn("decoder failed unexpectedly", cause);
        return new DecodeException(Reason.CORRUPT, "The decoder failed on this file (" + cause.getClass().getSimpleName()
                + "); the file may be damaged. Try another decoder; details are in the log.", cause);
    }

    private void apply(Object result) {
        busy.set(false);
        if (result instanceof LabSnapshot s) {
            snapshot.set(s);
            warning.set(String.join(" ", s.image().warnings().stream().map(ImageLabViewModel::sentence).toList()));
            error.set("");
            errorReason.set(null);
            metadata.setAll(s.metadata());
            applyingPage = true;
            try {
                pageCount.set(s.image().pageCount());
            } finally {
                applyingPage = false;
            }
        } else {
            DecodeException failure = (DecodeException) result;
            snapshot.set(null);
            warning.set("");
            metadata.setAll(new MetadataRow("decoder", decoder.get().displayName()),
                    new MetadataRow("refused", sentence(failure.getMessage())));
            errorReason.set(failure.reason());
            error.set(sentence(failure.getMessage()));
        }
    }

    /** The values of pixel {@code (x, y)} of the current image, or null when outside it or nothing is open. */
    public PixelInspection inspect(int x, int y) {
        DecodedImage image = image();
        if (image == null || x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            return null;
        }
        String[] names = image.order().channelNames();
        List<PixelInspection.Channel> channels = new ArrayList<>(names.length);
        for (int c = 0; c < names.length; c++) {
            channels.add(new PixelInspection.Channel(names[c], image.raw(c, x, y), image.normalised(c, x, y)));
        }
        return new PixelInspection(x, y, channels);
    }

    /** Decodes the current file (current page) with every decoder, side by side. */
    public CompletableFuture<Void> compareAll() {
        Path path = file.get();
        if (path == null) {
            return CompletableFuture.completedFuture(null);
        }
        DecodeOptions options = baseOptions.withPage(Math.max(0, page.get())).withDownsample(downsampleAllowed);
        comparisons.forEach(TaskHandle::cancel);
        comparingNow.set(true);
        comparison.clear();
        pairComparison.set(null);
        DecoderOutcome[] outcomes = new DecoderOutcome[decoders.size()];
        int[] pending = {outcomes.length};
        CompletableFuture<Void> compared = new CompletableFuture<>();
        List<TaskHandle> started = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            int slot = i;
            ImageDecoder each = decoders.get(i);
            Consumer<DecoderOutcome> arrived = outcome -> {
                outcomes[slot] = outcome;
                if (--pending[0] == 0) {
                    compared(outcomes, compared);
                }
            };
            started.add(tasks.execute(decode(each, path, options)
                    .onSuccess(image -> arrived.accept(DecoderOutcome.decoded(each, image)))
                    .onFailure(failure -> arrived.accept(DecoderOutcome.refused(each, humanFailure(failure.cause()))))));
        }
        comparisons = started;
        return compared;
    }

    /** Every decoder has answered (on the FX thread): shows them all and compares a default pair. */
    private void compared(DecoderOutcome[] outcomes, CompletableFuture<Void> compared) {
        comparison.setAll(outcomes);
        comparingNow.set(false);
        List<DecoderOutcome> decoded = comparison.stream().filter(DecoderOutcome::succeeded).toList();
        CompletableFuture<Void> pair = decoded.size() >= 2 ? comparePair(defaultFirst(decoded), defaultSecond(decoded))
                : CompletableFuture.completedFuture(null);
        pair.whenComplete((done, error) -> compared.complete(null));
    }

    /** The first decode in the list. */
    private static DecoderOutcome defaultFirst(List<DecoderOutcome> decoded) {
        return decoded.get(0);
    }

    /** A partner for the first decode, preferring one that stores a different channel order (the instructive case). */
    private static DecoderOutcome defaultSecond(List<DecoderOutcome> decoded) {
        DecoderOutcome first = decoded.get(0);
        return decoded.stream().skip(1).filter(o -> o.image().order() != first.image().order()).findFirst()
                .orElse(decoded.get(1));
    }

    /** Compares two successful decodes off the UI thread; the result appears in {@link #pairComparisonProperty()}. */
    public CompletableFuture<Void> comparePair(DecoderOutcome first, DecoderOutcome second) {
        if (pairing != null) {
            pairing.cancel();
        }
        if (first == null || second == null || !first.succeeded() || !second.succeeded()) {
            pairComparison.set(null);
            return CompletableFuture.completedFuture(null);
        }
        pairing = tasks.execute(BackgroundTask.call("The two decodes could not be compared", () -> PairComparison.of(first, second))
                .onSuccess(pairComparison::set));
        return pairing.finished();
    }

    /** Metadata table rows for one decoded image. */
    static List<MetadataRow> metadataOf(DecodedImage image) {
        List<MetadataRow> rows = new ArrayList<>();
        rows.add(new MetadataRow("decoder", image.decoder()));
        rows.add(new MetadataRow("format", image.format()));
        rows.add(new MetadataRow("width", image.width() + " px"));
        rows.add(new MetadataRow("height", image.height() + " px"));
        rows.add(new MetadataRow("channels", String.valueOf(image.channels())));
        rows.add(new MetadataRow("channel order", image.order().label() + " (" + String.join(", ", image.order().channelNames()) + ")"));
        rows.add(new MetadataRow("sample type", image.sampleType().label()));
        MapStats all = MapStats.ofAll(image.samples());
        rows.add(new MetadataRow("value range", formatValue(all.min()) + "–" + formatValue(all.max())
                + " observed, " + image.sampleType().rangeText() + " nominal"));
        rows.add(new MetadataRow("decode time", String.format(Locale.ROOT, "%.1f ms", image.decodeNanos() / 1e6)));
        rows.add(new MetadataRow("pages", image.pageCount() == 1 ? "1" : "page " + (image.page() + 1) + " of " + image.pageCount()));
        if (image.subsampling() > 1) {
            rows.add(new MetadataRow("downsampled", "one pixel in " + image.subsampling() + " along each axis"));
        }
        rows.add(new MetadataRow("warnings", image.warnings().isEmpty() ? "none"
                : String.join(" ", image.warnings().stream().map(ImageLabViewModel::sentence).toList())));
        return rows;
    }

    /** {@code message} with a capital first letter and a full stop, as the UI shows it. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The decoder gave no reason.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    static String formatValue(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Stops the decode threads; running decodes finish in the background and are ignored. */
    @Override
    public void close() {
        if (decoding != null) {
            decoding.cancel();
        }
        comparisons.forEach(TaskHandle::cancel);
        tasks.close();
    }
}
