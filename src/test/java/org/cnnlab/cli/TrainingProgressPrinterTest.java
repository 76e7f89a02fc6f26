package org.cnnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cnnlab.training.run.BatchReport;
import org.cnnlab.training.run.EpochReport;
import org.junit.jupiter.api.Test;

class TrainingProgressPrinterTest {
    @Test
    void theBarShowsTheEpochShareThroughputAndTimeLeft() {
        // epoch 2 of 3, batch 50 of 100, 64 images each: 6,400 + 3,200 seen of 19,200; 9,600 left at 1,600/s = 6 s
        BatchReport report = new BatchReport(1, 49, 100, 0.25, 9_600, 1_600);

        assertThat(TrainingProgressPrinter.progressLine(report, 3, 6_400)).isEqualTo(
                "epoch 2/3 [############............]  50%  3,200/6,400  1,600 img/s  0:06 left  loss 0.2500");
    }

    @Test
    void durationsUseMinutesAndSecondsThenHours() {
        assertThat(TrainingProgressPrinter.duration(59.4)).isEqualTo("0:59");
        assertThat(TrainingProgressPrinter.duration(61)).isEqualTo("1:01");
        assertThat(TrainingProgressPrinter.duration(3_725)).isEqualTo("1:02:05");
    }

    @Test
    void withoutATerminalItPrintsTenPlainLinesPerEpochAndOneLinePerEpochResult() {
        StringWriter text = new StringWriter();
        TrainingProgressPrinter printer = new TrainingProgressPrinter(new PrintWriter(text), false, 1, 4_000,
                epoch -> 0.875);
        for (int b = 0; b < 40; b++) {
            printer.onBatch(new BatchReport(0, b, 40, 1.0, (b + 1) * 100L, 500));
        }
        printer.onEpoch(new EpochReport(0, 0.5, 0.4, 0.9));

        assertThat(text.toString()).doesNotContain("\r");
        assertThat(text.toString().lines()).hasSize(11);
        assertThat(text.toString().lines().reduce((first, second) -> second).orElseThrow())
                .isEqualTo("epoch 1/1  loss 0.5000  accuracy 87.50%  validation loss 0.4000  validation accuracy 90.00%");
        assertThat(printer.history()).containsExactly(new TrainingProgressPrinter.EpochLine(0, 0.5, 0.875, 0.4, 0.9));
    }

    @Test
    void onATerminalTheBarRedrawsOneLineInPlace() {
        StringWriter text = new StringWriter();
        TrainingProgressPrinter printer = new TrainingProgressPrinter(new PrintWriter(text), true, 1, 400, epoch -> 1.0);
        for (int b = 0; b < 4; b++) {
            printer.onBatch(new BatchReport(0, b, 4, 1.0, (b + 1) * 100L, 500));
        }
        printer.onEpoch(new EpochReport(0, 0.5, Double.NaN, Double.NaN));

        assertThat(text.toString()).startsWith("\repoch 1/1 [").contains("\repoch 1/1 [########################] 100%");
        assertThat(text.toString().split("\n", -1)).as("two finished lines: the bar, then the epoch").hasSize(3);
        assertThat(text.toString()).endsWith("epoch 1/1  loss 0.5000  accuracy 100.00%" + System.lineSeparator());
    }
}
