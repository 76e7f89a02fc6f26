package org.cnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cnnlab.engine.MapStats;
import org.cnnlab.imaging.DecodeException;
import org.cnnlab.imaging.DecodeOptions;
import org.cnnlab.imaging.DecodedImage;
import org.cnnlab.imaging.Decoders;
import org.cnnlab.imaging.ImageDecoder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnnlab decode IMAGE [--decoder NAME | --all]}: how decoders turn one file into numbers. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decodes an image and prints what the numbers look like: shape, channel order, sample type, "
                + "value range and decode time.", "Decoders: imageio (the JDK's own), twelvemonkeys (ImageIO with the "
                + "TwelveMonkeys plugins), opencv (imread). The JavaFX decoder runs in the app only."})
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "the image file")
    Path image;

    @ArgGroup(exclusive = true)
    Choice choice = new Choice();

    static final class Choice {
        @Option(names = "--decoder", paramLabel = "NAME", description = "imageio, twelvemonkeys or opencv (default: twelvemonkeys)")
        String decoder;

        @Option(names = "--all", description = "decode with every decoder and compare")
        boolean all;
    }

    @Option(names = "--page", defaultValue = "0", description = "page or frame of a multi-page file, from 0")
    int page;

    @Option(names = "--max-megapixels", defaultValue = "40", description = "refuse larger images (default ${DEFAULT-VALUE})")
    double maxMegapixels;

    @Option(names = "--downsample", description = "read every n-th pixel of an image over the limit instead of refusing it")
    boolean downsample;

    @Override
    public Integer call() {
        DecodeOptions options = DecodeOptions.defaults().withPage(page).withMaxMegapixels(maxMegapixels).withDownsample(downsample);
        List<ImageDecoder> decoders = new ArrayList<>();
        if (choice.all) {
            decoders.addAll(Decoders.standard());
        } else {
            String id = choice.decoder == null ? "twelvemonkeys" : choice.decoder;
            decoders.add(Decoders.byId(id).orElseThrow(() -> new CliFailure("there is no decoder called '" + id
                    + "'; use imageio, twelvemonkeys or opencv")));
        }
        Table table = new Table("decoder", "format", "width", "height", "channels", "order", "sample type", "range seen",
                "nominal", "decode ms", "pages", "notes");
        int decoded = 0;
        String lastError = null;
        for (ImageDecoder decoder : decoders) {
            try {
                DecodedImage img = decoder.decode(image, options);
                MapStats stats = MapStats.ofAll(img.samples());
                table.row(decoder.id(), img.format(), Integer.toString(img.width()), Integer.toString(img.height()),
                        Integer.toString(img.channels()), img.order().label(), img.sampleType().label(),
                        Table.number(stats.min()) + "–" + Table.number(stats.max()), img.sampleType().rangeText(),
                        String.format(Locale.ROOT, "%.1f", img.decodeNanos() / 1e6), Integer.toString(img.pageCount()),
                        notes(img));
                decoded++;
            } catch (DecodeException e) {
                lastError = e.getMessage();
                table.row(decoder.id(), "", "", "", "", "", "", "", "", "", "", "refused: " + e.getMessage());
            }
        }
        if (decoded == 0 && !choice.all) {
            throw new CliFailure(lastError);
        }
        table.print(spec.commandLine().getOut());
        if (choice.all) {
            spec.commandLine().getOut().println("javafx: runs in the app only (it needs the JavaFX toolkit); see the image lab's comparison.");
        }
        if (decoded == 0) {
            throw new CliFailure("no decoder could read " + image.getFileName());
        }
        return 0;
    }

    private static String notes(DecodedImage img) {
        List<String> notes = new ArrayList<>(img.warnings());
        if (img.subsampling() > 1) {
            notes.add("downsampled: every " + img.subsampling() + "th pixel");
        }
        return String.join("; ", notes);
    }
}
