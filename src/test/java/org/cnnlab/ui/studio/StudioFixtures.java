package org.cnnlab.ui.studio;

import java.util.ArrayList;
import java.util.List;
import org.cnnlab.services.studio.BatchPoint;
import org.cnnlab.services.studio.Histogram;
import org.cnnlab.services.studio.LayerHistograms;
import org.cnnlab.services.studio.NetworkPicture;
import org.cnnlab.services.studio.TestReport;
import org.cnnlab.services.studio.TrainingProgress;
import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.training.data.IdxImages;
import org.cnnlab.training.model.KernelSnapshot;
import org.cnnlab.training.model.LayerOutput;
import org.cnnlab.training.model.ModelZoo;
import org.cnnlab.training.model.ShapedLayer;
import org.cnnlab.training.run.ConfusionMatrix;
import org.cnnlab.training.run.Predictions;

/** Deterministic studio data for the tests: LeNet-5 shaped pictures, a small test set and its report. */
public final class StudioFixtures {
    /** Images in the small test set. */
    static final int TEST_IMAGES = 40;

    private StudioFixtures() {
    }

    /** Batch points whose loss falls as 2/step and whose accuracy rises; validation measured every 10th step. */
    static TrainingProgress progress(int firstStep, int points, int batchesPerEpoch) {
        List<BatchPoint> batch = new ArrayList<>();
        for (int s = firstStep; s < firstStep + points; s++) {
            batch.add(new BatchPoint(s, 2.0 / s, 1 - 1.0 / (s + 1), s % 10 == 0 ? 0.9 : Double.NaN));
        }
        int last = firstStep + points - 1;
        return new TrainingProgress(TrainingProgress.Phase.RUNNING, 0, 2, last, batchesPerEpoch, last * 64L,
                2L * batchesPerEpoch * 64, 1234.4, 42, batch);
    }

    /** A LeNet-5 picture: each layer's values are a ramp over its elements, shifted by the probe index. */
    static NetworkPicture picture(int probeIndex) {
        List<LayerOutput> layers = new ArrayList<>();
        List<LayerHistograms> histograms = new ArrayList<>();
        for (ShapedLayer layer : ModelZoo.byName("lenet5").orElseThrow().spec().shapedLayers()) {
            int n = (int) layer.output().elementCount();
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = ((i * 7 + probeIndex) % 23) / 23f;
            }
            layers.add(new LayerOutput(layer.name(), layer.layer(), layer.output(), values));
            if (layer.params().total() > 0) {
                histograms.add(new LayerHistograms(layer.name(), new Histogram(-0.5, 0.5, new int[] {1, 3, 8, 12, 20, 12, 8, 3, 1, 0}),
                        new Histogram(-0.01, 0.02, new int[] {0, 2, 5, 30, 5, 2, 1, 0, 0, 1})));
            }
        }
        float[] probabilities = new float[10];
        probabilities[7] = 0.8f;
        probabilities[1] = 0.15f;
        probabilities[2] = 0.05f;
        float[] weights = new float[6 * 25];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 11 - 5) / 10f;
        }
        KernelSnapshot filters = new KernelSnapshot("conv2d", 6, 1, 5, weights, new float[6]);
        float[] image = new float[28 * 28];
        for (int y = 6; y < 22; y++) {
            image[y * 28 + 14] = 1;
        }
        return new NetworkPicture(probeIndex, 7, image, layers, probabilities, filters, histograms);
    }

    /** {@value #TEST_IMAGES} images: image i has label i % 10 and a bright square at row i % 20. */
    public static Dataset testImages() {
        byte[] pixels = new byte[TEST_IMAGES * 28 * 28];
        byte[] labels = new byte[TEST_IMAGES];
        for (int i = 0; i < TEST_IMAGES; i++) {
            labels[i] = (byte) (i % 10);
            for (int y = i % 20; y < i % 20 + 8; y++) {
                for (int x = 10; x < 18; x++) {
                    pixels[i * 784 + y * 28 + x] = (byte) 255;
                }
            }
        }
        try {
            return new Dataset(DatasetId.MNIST, DatasetSplit.TEST, new IdxImages(TEST_IMAGES, 28, 28, pixels), labels);
        } catch (DatasetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every image right except images 3, 13 and 23 (class 3), taken for a 5 with confidence 0.9, 0.6 and 0.7. */
    static TestReport report() {
        int n = TEST_IMAGES;
        int[] indices = new int[n];
        int[] actual = new int[n];
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        float[] trueProbability = new float[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
            actual[i] = i % 10;
            predicted[i] = i % 10;
            confidence[i] = 0.95f;
            trueProbability[i] = 0.95f;
        }
        float[] wrong = {0.9f, 0.6f, 0.7f};
        for (int k = 0; k < 3; k++) {
            int i = 3 + 10 * k;
            predicted[i] = 5;
            confidence[i] = wrong[k];
            trueProbability[i] = 0.05f;
        }
        ConfusionMatrix matrix = new ConfusionMatrix(10, new Predictions(indices, actual, predicted, confidence, trueProbability));
        return new TestReport(matrix, matrix.mostConfidentMistakes(24), matrix.accuracy(), 0.123);
    }
}
