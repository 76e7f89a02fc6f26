package org.cnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.Grayscale;
import org.cnnlab.imaging.ImageDecoder;
import org.cnnlab.imaging.ImageTensors;
import org.cnnlab.training.dl4j.LoadedModel;
import org.cnnlab.training.dl4j.ModelFile;
import org.cnnlab.training.dl4j.ModelFileException;
import org.cnnlab.training.model.TensorShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cnnlab predict}: a saved model's class probabilities for one picture, most probable first.
 * The picture is decoded with TwelveMonkeys, turned gray (Rec. 601 luma) and prepared as the
 * dataset's samples were ({@link ModelInputImage}).
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints a trained model's class probabilities for an image, most probable first.")
final class PredictCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a model saved by ./cnnlab train --out")
    Path modelFile;

    @Parameters(paramLabel = "IMAGE", description = "the picture: PNG, JPEG, BMP, WebP, TIFF, …")
    Path image;

    @Override
    public Integer call() {
        LoadedModel loaded;
        try {
            loaded = ModelFile.load(modelFile);
        } catch (ModelFileException e) {
            throw new CliFailure(e.getMessage());
        }
        TensorShape input = loaded.network().spec().input();
        if (!input.isImage() || input.height() != ModelInputImage.SIDE || input.width() != ModelInputImage.SIDE
                || input.channels() != 1) {
            throw new CliFailure("this model takes " + input.text() + " inputs; predict handles models of 28x28 gray images");
        }
        ImageDecoder decoder = Decoders.byId("twelvemonkeys").orElseThrow();
        DecodedImage decoded;
        try {
            decoded = decoder.decode(image, DecodeOptions.defaults());
        } catch (DecodeException e) {
            throw new CliFailure(e.getMessage());
        }
        ModelInputImage prepared = ModelInputImage.from(ImageTensors.gray255(decoded, Grayscale.LUMA_601));
        float[] probabilities = loaded.network().probabilities(prepared.pixels());

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %dx%d %s.%n", image.getFileName(), decoded.width(), decoded.height(), decoded.order().label());
        decoded.warnings().forEach(warning -> out.println("  note: " + warning));
        prepared.steps().forEach(step -> out.println("  " + step));
        double accuracy = loaded.metadata().testAccuracy();
        out.printf(Locale.ROOT, "Model %s, trained on %s%s.%n", loaded.network().spec().name(),
                loaded.metadata().dataset().displayName(),
                Double.isNaN(accuracy) ? "" : ", test accuracy " + TrainingProgressPrinter.percent(accuracy));
        List<String> classNames = loaded.metadata().classNames();
        Table table = new Table("class", "probability", "");
        IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> probabilities[c]).reversed())
                .forEach(c -> table.row(c < classNames.size() ? classNames.get(c) : String.valueOf(c),
                        String.format(Locale.ROOT, "%6.2f%%", probabilities[c] * 100.0),
                        "#".repeat(Math.round(probabilities[c] * BAR_WIDTH))));
        table.print(out);
        out.flush();
        return 0;
    }
}
