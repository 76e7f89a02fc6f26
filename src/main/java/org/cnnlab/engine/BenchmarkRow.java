package org.cnnlab.engine;

/**
 * One line of a {@link ConvolutionBenchmark}: an engine timed on one case, in milliseconds over
 * {@code runs} timed runs (after warm-up).
 */
public record BenchmarkRow(String engine, String caseName, double medianMs, double minMs, double maxMs, int runs) {
}
