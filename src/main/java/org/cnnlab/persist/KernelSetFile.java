package org.cnnlab.persist;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kernel set on disk: the sandbox's whole {@link PipelineSpec} (mode, filter bank, padding,
 * activation, pooling) as JSON with a format name and a schema version, e.g.
 * <pre>
 * {"format": "cnnlab-kernel-set", "version": 1, "mode": "gray",
 *  "filters": [{"kernels": [[[1,0,-1],[1,0,-1],[1,0,-1]]], "bias": 0}],
 *  "padding": "valid", "customPadding": 0, "border": "zero", "stride": 1, "dilation": 1,
 *  "activation": "relu", "pooling": "max", "poolSize": 2, "poolStride": 2}
 * </pre>
 * Every field is required. Files are written atomically; reading a broken file gives a
 * {@link KernelSetFormatException} that names the field and what is wrong with it.
 */
public final class KernelSetFile {
    public static final String FORMAT = "cnnlab-kernel-set";
    public static final int VERSION = 1;
    /** Eight filters of three 11x11 kernels take about 30 KB; a larger file is not a kernel set. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(KernelSetFile.class);

    private KernelSetFile() {
    }

    public static void save(PipelineSpec spec, Path file) throws FileSaveException {
        AtomicFiles.write(file, JsonFiles.toBytes(Stored.of(spec)));
    }

    public static PipelineSpec load(Path file) throws KernelSetFormatException {
        Header header;
        Stored stored;
        try {
            header = JsonFiles.read(file, MAX_BYTES, Header.class);
            checkHeader(header);
            stored = JsonFiles.read(file, MAX_BYTES, Stored.class);
        } catch (NoSuchFileException e) {
            throw new KernelSetFormatException("the file " + file.getFileName() + " does not exist", e);
        } catch (IOException e) {
            LOG.warn("cannot read the kernel set {}", file, e);
            throw new KernelSetFormatException("the file " + file.getFileName() + " cannot be read (check that it is"
                    + " still there and that you may open it)", e);
        } catch (JsonFileException e) {
            throw damaged(e);
        }
        return toSpec(stored);
    }

    /** {@code spec} as the text of a kernel-set file. */
    public static String toJson(PipelineSpec spec) {
        return new String(JsonFiles.toBytes(Stored.of(spec)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The kernel set in {@code text}, the content of a kernel-set file. */
    public static PipelineSpec fromJson(String text) throws KernelSetFormatException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new KernelSetFormatException("this is not a kernel set: it is larger than " + MAX_BYTES / 1024 + " KB");
        }
        try {
            checkHeader(JsonFiles.read(bytes, Header.class));
            return toSpec(JsonFiles.read(bytes, Stored.class));
        } catch (JsonFileException e) {
            throw damaged(e);
        }
    }

    private static void checkHeader(Header header) throws KernelSetFormatException {
        if (!FORMAT.equals(header.format())) {
            throw new KernelSetFormatException("this is not a CNN Lab kernel set (it has no \"format\": \"" + FORMAT + "\")");
        }
        if (header.version() == null || header.version() < 1) {
            throw new KernelSetFormatException("this kernel set has no valid format version");
        }
        if (header.version() > VERSION) {
            throw new KernelSetFormatException("this kernel set was saved by a newer CNN Lab (format version "
                    + header.version() + "); this version reads up to " + VERSION);
        }
    }

    private static KernelSetFormatException damaged(JsonFileException e) {
        if (e.location().isEmpty()) {
            return new KernelSetFormatException("this is not a kernel set: the file " + e.problem(), e);
        }
        List<Object> at = e.location();
        if (at.size() == 6 && "filters".equals(at.get(0)) && "kernels".equals(at.get(2))) {
            return new KernelSetFormatException("the kernel set is damaged: filter " + position(at.get(1)) + ", row "
                    + position(at.get(4)) + ", column " + position(at.get(5)) + " of kernel " + position(at.get(3))
                    + " " + e.problem(), e);
        }
        return new KernelSetFormatException("the kernel set is damaged: " + e.getMessage(), e);
    }

    private static int position(Object index) {
        return (Integer) index + 1;
    }

    private static PipelineSpec toSpec(Stored stored) throws KernelSetFormatException {
        List<Filter> filters = new ArrayList<>();
        for (StoredFilter filter : stored.filters()) {
            filters.add(filter.toFilter());
        }
        try {
            return new PipelineSpec(ColorMode.fromId(stored.mode()), filters, PaddingMode.fromId(stored.padding()),
                    stored.customPadding(), BorderMode.fromId(stored.border()), stored.stride(), stored.dilation(),
                    Activation.fromId(stored.activation()), pooling(stored.pooling()), stored.poolSize(), stored.poolStride());
        } catch (IllegalArgumentException e) {
            throw new KernelSetFormatException("the kernel set is damaged: " + e.getMessage(), e);
        }
    }

    private static PoolSelection pooling(String id) {
        return PoolSelection.valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** The two fields that say what a file is, read before the rest. */
    record Header(String format, Integer version) {
    }

    /** A kernel-set file's fields, each required and of a known kind. */
    record Stored(String format, Integer version, String mode, List<StoredFilter> filters, String padding,
            Integer customPadding, String border, Integer stride, Integer dilation, String activation, String pooling,
            Integer poolSize, Integer poolStride) {
        Stored {
            oneOf(mode, "mode", () -> ColorMode.fromId(mode));
            filters = InvalidFieldException.list(filters, "filters");
            if (filters.isEmpty() || filters.size() > PipelineSpec.MAX_FILTERS) {
                throw new InvalidFieldException("filters", "must hold 1 to " + PipelineSpec.MAX_FILTERS + " filters, not "
                        + filters.size());
            }
            oneOf(padding, "padding", () -> PaddingMode.fromId(padding));
            InvalidFieldException.within(customPadding, "customPadding", 0, PipelineSpec.MAX_CUSTOM_PADDING);
            oneOf(border, "border", () -> BorderMode.fromId(border));
            InvalidFieldException.within(stride, "stride", 1, Integer.MAX_VALUE);
            InvalidFieldException.within(dilation, "dilation", 1, Integer.MAX_VALUE);
            oneOf(activation, "activation", () -> Activation.fromId(activation));
            String pools = InvalidFieldException.required(pooling, "pooling");
            oneOf(pools, "pooling", () -> KernelSetFile.pooling(pools));
            InvalidFieldException.within(poolSize, "poolSize", 1, Integer.MAX_VALUE);
            InvalidFieldException.within(poolStride, "poolStride", 1, Integer.MAX_VALUE);
        }

        static Stored of(PipelineSpec spec) {
            return new Stored(FORMAT, VERSION, spec.mode().id(), spec.filters().stream().map(StoredFilter::of).toList(),
                    spec.paddingMode().id(), spec.customPadding(), spec.border().id(), spec.stride(), spec.dilation(),
                    spec.activation().id(), spec.pools().name().toLowerCase(Locale.ROOT), spec.poolSize(), spec.poolStride());
        }

        private static void oneOf(String value, String field, Runnable parse) {
            InvalidFieldException.required(value, field);
            try {
                parse.run();
            } catch (InvalidFieldException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "is '" + value + "', which CNN Lab does not know");
            }
        }
    }

    /** One filter: a kernel per input channel, each a list of equally long rows of finite numbers, and a bias. */
    record StoredFilter(List<List<List<Float>>> kernels, Float bias) {
        StoredFilter {
            kernels = InvalidFieldException.list(kernels, "kernels");
            if (kernels.isEmpty()) {
                throw new InvalidFieldException("kernels", "is empty");
            }
            for (int k = 0; k < kernels.size(); k++) {
                List<List<Float>> rows = kernels.get(k);
                if (rows == null || rows.isEmpty()) {
                    throw new InvalidFieldException("kernels", "has a kernel " + (k + 1) + " without rows");
                }
                int width = rows.get(0) == null ? 0 : rows.get(0).size();
                for (int r = 0; r < rows.size(); r++) {
                    List<Float> row = rows.get(r);
                    if (row == null || row.size() != width || width == 0) {
                        throw new InvalidFieldException("kernels", "has a kernel " + (k + 1) + " whose row " + (r + 1)
                                + " holds " + (row == null ? 0 : row.size()) + " values where row 1 holds " + width);
                    }
                    for (Float value : row) {
                        if (value == null || !Float.isFinite(value)) {
                            throw new InvalidFieldException("kernels", "has a kernel " + (k + 1) + " whose row " + (r + 1)
                                    + " holds something that is not a finite number");
                        }
                    }
                }
                if (rows.size() > Kernel.MAX_SIZE || width > Kernel.MAX_SIZE) {
                    throw new InvalidFieldException("kernels", "has a kernel " + (k + 1) + " larger than "
                            + Kernel.MAX_SIZE + "x" + Kernel.MAX_SIZE);
                }
            }
            if (!Float.isFinite(InvalidFieldException.required(bias, "bias"))) {
                throw new InvalidFieldException("bias", "must be a finite number");
            }
        }

        static StoredFilter of(Filter filter) {
            List<List<List<Float>>> kernels = new ArrayList<>();
            for (Kernel kernel : filter.kernels()) {
                List<List<Float>> rows = new ArrayList<>();
                for (float[] row : kernel.rows()) {
                    List<Float> values = new ArrayList<>();
                    for (float v : row) {
                        values.add(v);
                    }
                    rows.add(values);
                }
                kernels.add(rows);
            }
            return new StoredFilter(kernels, filter.bias());
        }

        Filter toFilter() throws KernelSetFormatException {
            List<Kernel> list = new ArrayList<>();
            for (List<List<Float>> rows : kernels) {
                float[][] values = new float[rows.size()][];
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = new float[rows.get(r).size()];
                    for (int c = 0; c < values[r].length; c++) {
                        values[r][c] = rows.get(r).get(c);
                    }
                }
                list.add(Kernel.of(values));
            }
            try {
                return new Filter(list, bias);
            } catch (IllegalArgumentException e) {
                throw new KernelSetFormatException("the kernel set is damaged: " + e.getMessage(), e);
            }
        }
    }
}
