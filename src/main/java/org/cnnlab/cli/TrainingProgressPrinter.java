package org.cnnlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.cnnlab.training.run.BatchReport;
import org.cnnlab.training.run.EpochReport;
import org.cnnlab.training.run.TrainingObserver;

/**
 * Shows a training run on a text stream: a progress bar with images per second and time left,
 * then one line per epoch with training and validation loss and accuracy. On a terminal the bar is
 * one line redrawn in place ({@code \r}, at most 8 times a second); otherwise (a pipe, a log file)
 * it prints a plain line at every tenth of an epoch. Time left is
 * {@code images still to train / images per second so far}.
 *
 * <p>Training accuracy is not measured during the epoch (DL4J's fit does not return its outputs);
 * {@code trainingAccuracy} scores the network on the training samples after each epoch, in
 * inference mode, so it is the accuracy of the weights the epoch ended with.
 */
final class TrainingProgressPrinter implements TrainingObserver {
    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 125_000_000L;
    private static final int PLAIN_LINES_PER_EPOCH = 10;

    /** One finished epoch as printed and written to the JSON history. */
    record EpochLine(int epoch, double trainingLoss, double trainingAccuracy, double validationLoss, double validationAccuracy) {
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final int epochs;
    private final int imagesPerEpoch;
    private final IntFunction<Double> trainingAccuracy;
    private final List<EpochLine> history = new ArrayList<>();
    private long lastRedraw;
    private int lastPlainStep;
    private int lastLineLength;

    /**
     * @param terminal         redraw one line in place rather than printing lines
     * @param epochs           epochs requested, for the bar and the time left
     * @param imagesPerEpoch   training images in one epoch
     * @param trainingAccuracy scores the training samples at the end of epoch {@code n} (0-based), 0–1
     */
    TrainingProgressPrinter(PrintWriter out, boolean terminal, int epochs, int imagesPerEpoch,
            IntFunction<Double> trainingAccuracy) {
        this.out = out;
        this.terminal = terminal;
        this.epochs = epochs;
        this.imagesPerEpoch = imagesPerEpoch;
        this.trainingAccuracy = trainingAccuracy;
    }

    @Override
    public void onBatch(BatchReport report) {
        boolean lastOfEpoch = report.batch() == report.batchesPerEpoch() - 1;
        if (terminal) {
            long now = System.nanoTime();
            if (lastOfEpoch || now - lastRedraw >= REDRAW_NANOS) {
                lastRedraw = now;
                String line = progressLine(report, epochs, imagesPerEpoch);
                out.print("\r" + line + " ".repeat(Math.max(0, lastLineLength - line.length())));
                out.flush();
                lastLineLength = line.length();
            }
            return;
        }
        if (report.batch() == 0) {
            lastPlainStep = 0;
        }
        int step = (report.batch() + 1) * PLAIN_LINES_PER_EPOCH / report.batchesPerEpoch();
        if (step > lastPlainStep) {
            lastPlainStep = step;
            out.println(progressLine(report, epochs, imagesPerEpoch));
            out.flush();
        }
    }

    @Override
    public void onEpoch(EpochReport report) {
        endBarLine();
        EpochLine line = new EpochLine(report.epoch(), report.trainingLoss(), trainingAccuracy.apply(report.epoch()),
                report.validationLoss(), report.validationAccuracy());
        history.add(line);
        out.println(epochText(line, epochs));
        out.flush();
    }

    /** Moves past the redrawn bar so the next message starts on a fresh line. */
    void endBarLine() {
        if (terminal && lastLineLength > 0) {
            out.println();
            lastLineLength = 0;
        }
    }

    /** The epochs finished so far, in order. */
    List<EpochLine> history() {
        return List.copyOf(history);
    }

    /** E.g. {@code epoch 1/3 [#########...............]  38%  18,240/48,000  2,310 img/s  0:51 left  loss 0.2143}. */
    static String progressLine(BatchReport report, int epochs, int imagesPerEpoch) {
        int done = report.batch() + 1;
        int filled = (int) ((long) done * BAR_WIDTH / report.batchesPerEpoch());
        long imagesLeft = Math.max(0, (long) imagesPerEpoch * epochs - report.imagesSeen());
        String timeLeft = report.imagesPerSecond() > 0 ? duration(imagesLeft / report.imagesPerSecond()) : "-:--";
        long imagesThisEpoch = report.imagesSeen() - (long) imagesPerEpoch * report.epoch();
        return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %3d%%  %,d/%,d  %,.0f img/s  %s left  loss %.4f",
                report.epoch() + 1, epochs, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                done * 100 / report.batchesPerEpoch(), imagesThisEpoch, imagesPerEpoch, report.imagesPerSecond(),
                timeLeft, report.loss());
    }

    /** E.g. {@code epoch 1/3  loss 0.3120  accuracy 90.95%  validation loss 0.1402  validation accuracy 95.81%}. */
    static String epochText(EpochLine line, int epochs) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  accuracy %s",
                line.epoch() + 1, epochs, line.trainingLoss(), percent(line.trainingAccuracy())));
        if (!Double.isNaN(line.validationAccuracy())) {
            text.append(String.format(Locale.ROOT, "  validation loss %.4f  validation accuracy %s",
                    line.validationLoss(), percent(line.validationAccuracy())));
        }
        return text.toString();
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** Seconds as {@code m:ss}, or {@code h:mm:ss} from one hour. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
