package org.cnnlab.training.data;

import java.util.Arrays;
import java.util.Random;

/**
 * A training set divided into the part the network learns from and a held-out validation part.
 * The samples are shuffled with a seeded {@link Random} (Fisher–Yates), then the validation part
 * is the last {@code round(n * fraction)} of them: the same seed always gives the same split.
 *
 * @param training   the samples used for weight updates
 * @param validation the samples only evaluated, to see over-fitting
 */
public record ValidationSplit(DatasetSubset training, DatasetSubset validation) {
    /** The fraction the reference notebooks hold out ({@code validation_split=0.2}). */
    public static final double DEFAULT_FRACTION = 0.2;

    /**
     * Splits {@code dataset}.
     *
     * @param fraction the validation share, 0 (none) to below 1
     * @param seed     the shuffle seed
     */
    public static ValidationSplit of(Dataset dataset, double fraction, long seed) {
        return of(DatasetSubset.all(dataset), fraction, seed);
    }

    /** Splits an existing subset (e.g. the first 1,000 samples) the same way. */
    public static ValidationSplit of(DatasetSubset samples, double fraction, long seed) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("The validation fraction must be at least 0 and below 1, not " + fraction + ".");
        }
        int n = samples.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = samples.sourceIndex(i);
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int validationCount = (int) Math.round(n * fraction);
        int trainingCount = n - validationCount;
        return new ValidationSplit(
                new DatasetSubset(samples.source(), Arrays.copyOfRange(order, 0, trainingCount)),
                new DatasetSubset(samples.source(), Arrays.copyOfRange(order, trainingCount, n)));
    }
}
