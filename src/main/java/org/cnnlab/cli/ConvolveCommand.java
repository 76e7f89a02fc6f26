package org.cnnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cnnlab.engine.Activation;
import org.cnnlab.engine.BorderMode;
import org.cnnlab.engine.ColorMode;
import org.cnnlab.engine.ConvolutionEngines;
import org.cnnlab.engine.Convolver;
import org.cnnlab.engine.FeatureMapPipeline;
import org.cnnlab.engine.Filter;
import org.cnnlab.engine.FilterResult;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.Kernel;
import org.cnnlab.engine.KernelPreset;
import org.cnnlab.engine.MapResult;
import org.cnnlab.engine.MapStats;
import org.cnnlab.engine.PaddingMode;
import org.cnnlab.engine.PipelineResult;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.engine.PoolSelection;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.imaging.ImageTensors;
import org.cnnlab.imaging.MapImages;
import org.cnnlab.persist.KernelSetFile;
import org.cnnlab.persist.KernelSetFormatException;
import org.cnnlab.persist.NpyWriter;
import org.cnnlab.services.EngineChoice;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cnnlab convolve}: one image through convolution, activation and pooling, saved as
 * {@code conv.npy}, {@code activation.npy}, {@code pool.npy} and a PNG of each.
 */
@Command(name = "convolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convolves an image with a kernel, applies an activation and pooling, and writes "
                + "conv.npy, activation.npy and pool.npy (float32; HxW, or CxHxW for several maps) with a PNG of each.",
                "In gray mode the input is the luma of the image (0.299 R + 0.587 G + 0.114 B) in 0-255 units."})
final class ConvolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--image", required = true, paramLabel = "FILE", description = "the input image")
    Path image;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KernelSource kernel;

    static final class KernelSource {
        @Option(names = "--kernel", paramLabel = "ROWS", description = "e.g. \"1,0,-1;1,0,-1;1,0,-1\"")
        String text;

        @Option(names = "--kernel-file", paramLabel = "F.json", description = "a kernel set saved by the app")
        Path file;

        @Option(names = "--preset", paramLabel = "NAME", description = "e.g. sobel-x, gaussian-5, textbook-vertical-edge")
        String preset;
    }

    @Option(names = "--mode", paramLabel = "gray|rgb|depthwise", description = "default: gray, or the kernel file's mode")
    String mode;

    @Option(names = "--padding", paramLabel = "valid|same|full|N", description = "default: valid")
    String padding;

    @Option(names = "--border", paramLabel = "zero|replicate|reflect", description = "what padding reads (default: zero)")
    String border;

    @Option(names = "--stride", paramLabel = "S", description = "1-4 (default: 1)")
    Integer stride;

    @Option(names = "--dilation", paramLabel = "D", description = "1-3 (default: 1)")
    Integer dilation;

    @Option(names = "--bias", paramLabel = "B", description = "added to every output value (default: 0)")
    Float bias;

    @Option(names = "--activation", paramLabel = "relu|leaky-relu|none", description = "default: relu")
    String activation;

    @Option(names = "--pool", paramLabel = "max|avg|none", description = "default: max")
    String pool;

    @Option(names = "--pool-size", paramLabel = "N", description = "2-4 (default: 2)")
    Integer poolSize;

    @Option(names = "--pool-stride", paramLabel = "N", description = "default: the pool size")
    Integer poolStride;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "auto",
            description = "java, opencv, nd4j, reference or auto (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--decoder", paramLabel = "NAME", defaultValue = "twelvemonkeys", description = "default: ${DEFAULT-VALUE}")
    String decoder;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the results (created if needed)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PipelineSpec pipelineSpec = pipelineSpec();
        FloatPlanes input = readInput(pipelineSpec.mode());
        Convolver convolver = new EngineChoice(ConvolutionEngines.standard(), CliPaths.engineChoiceFile()).resolve(engine);
        PipelineResult result;
        try {
            result = new FeatureMapPipeline().compute(input, pipelineSpec, convolver);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        Files.createDirectories(out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "input %s (%s mode), engine %s, %.1f ms%n", input.shapeText(), pipelineSpec.mode().id(),
                result.engine(), result.computeNanos() / 1e6);
        Table table = new Table("file", "shape", "min", "max", "mean", "zeros");
        save("conv", stack(result, MapResult::conv), table);
        save("activation", stack(result, MapResult::activated), table);
        if (pipelineSpec.pools() != PoolSelection.NONE) {
            FloatPlanes pooled = stack(result, pipelineSpec.pools() == PoolSelection.MAX ? MapResult::maxPooled : MapResult::averagePooled);
            if (pooled == null) {
                printer.println("pool: the " + pipelineSpec.poolSize() + "x" + pipelineSpec.poolSize()
                        + " pool does not fit in the activation map; no pool.npy written");
            } else {
                save("pool", pooled, table);
            }
        }
        table.print(printer);
        printer.println("written to " + out.toAbsolutePath());
        return 0;
    }

    private PipelineSpec pipelineSpec() {
        PipelineSpec fromFile = null;
        if (kernel.file != null) {
            try {
                fromFile = KernelSetFile.load(kernel.file);
            } catch (KernelSetFormatException e) {
                throw new CliFailure(kernel.file.getFileName() + ": " + e.getMessage());
            }
        }
        try {
            ColorMode colorMode = mode != null ? ColorMode.fromId(mode) : fromFile != null ? fromFile.mode() : ColorMode.GRAY;
            List<Filter> filters;
            if (fromFile != null) {
                if (fromFile.mode() != colorMode) {
                    throw new CliFailure("the kernel file is for " + fromFile.mode().id() + " mode, not " + colorMode.id());
                }
                filters = fromFile.filters();
            } else {
                Kernel k = kernel.preset != null ? KernelPreset.fromId(kernel.preset).kernel() : Kernel.parse(kernel.text);
                filters = List.of(new Filter(Collections.nCopies(colorMode.inputChannels(), k), bias == null ? 0f : bias));
            }
            PaddingMode paddingMode = PaddingMode.VALID;
            int customPadding = 0;
            String paddingText = padding != null ? padding : fromFile != null ? fromFile.paddingMode().id() : "valid";
            if (paddingText.matches("\\d+")) {
                paddingMode = PaddingMode.CUSTOM;
                customPadding = Integer.parseInt(paddingText);
            } else {
                paddingMode = PaddingMode.fromId(paddingText);
                customPadding = fromFile != null ? fromFile.customPadding() : 0;
            }
            int size = poolSize != null ? poolSize : fromFile != null ? fromFile.poolSize() : 2;
            return new PipelineSpec(colorMode, filters, paddingMode, customPadding,
                    border != null ? BorderMode.fromId(border) : fromFile != null ? fromFile.border() : BorderMode.ZERO,
                    stride != null ? stride : fromFile != null ? fromFile.stride() : 1,
                    dilation != null ? dilation : fromFile != null ? fromFile.dilation() : 1,
                    activation != null ? Activation.fromId(activation) : fromFile != null ? fromFile.activation() : Activation.RELU,
                    pool != null ? poolSelection(pool) : fromFile != null ? fromFile.pools() : PoolSelection.MAX,
                    size, poolStride != null ? poolStride : poolSize != null || fromFile == null ? size : fromFile.poolStride());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    private static PoolSelection poolSelection(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "max" -> PoolSelection.MAX;
            case "avg", "average" -> PoolSelection.AVERAGE;
            case "none" -> PoolSelection.NONE;
            default -> throw new IllegalArgumentException("unknown pooling '" + text + "'; use max, avg or none");
        };
    }

    private FloatPlanes readInput(ColorMode colorMode) {
        DecodedImage decoded;
        try {
            decoded = Decoders.byId(decoder).orElseThrow(() -> new CliFailure("there is no decoder called '" + decoder
                    + "'; use imageio, twelvemonkeys or opencv")).decode(image, DecodeOptions.defaults());
        } catch (DecodeException e) {
            throw new CliFailure(e.getMessage());
        }
        return colorMode == ColorMode.GRAY ? ImageTensors.gray255(decoded, Grayscale.LUMA_601) : ImageTensors.rgb255(decoded);
    }

    private static FloatPlanes stack(PipelineResult result, java.util.function.Function<MapResult, FloatPlanes> stage) {
        List<FloatPlanes> maps = new ArrayList<>();
        for (FilterResult f : result.filters()) {
            for (MapResult m : f.maps()) {
                FloatPlanes map = stage.apply(m);
                if (map == null) {
                    return null;
                }
                maps.add(map);
            }
        }
        FloatPlanes first = maps.get(0);
        FloatPlanes stacked = FloatPlanes.zeros(maps.size(), first.height(), first.width());
        for (int i = 0; i < maps.size(); i++) {
            System.arraycopy(maps.get(i).data(), 0, stacked.data(), stacked.planeOffset(i), first.planeSize());
        }
        return stacked;
    }

    private void save(String name, FloatPlanes map, Table table) throws IOException {
        NpyWriter.write(map, out.resolve(name + ".npy"));
        MapImages.writePng(map, out.resolve(name + ".png"));
        MapStats s = MapStats.ofAll(map);
        table.row(name + ".npy", map.shapeText(), Table.number(s.min()), Table.number(s.max()), Table.number(s.mean()),
                String.format(Locale.ROOT, "%.1f%%", 100 * s.zeroFraction()));
    }
}
