package org.cnnlab.ui.studio;

import java.util.Locale;
import org.cnnlab.services.studio.TrainingProgress;

/**
 * The one line under the progress bar: where the run is, how fast it goes and how long it still
 * needs, e.g. {@code Epoch 2 of 5 · batch 120 of 750 · 1,234 img/s · 0:42 left}.
 */
public final class TrainingStatusText {
    private TrainingStatusText() {
    }

    public static String of(TrainingProgress progress) {
        StringBuilder text = new StringBuilder();
        if (progress.phase() == TrainingProgress.Phase.PAUSED) {
            text.append("Paused · ");
        } else if (progress.phase() == TrainingProgress.Phase.FINISHED) {
            text.append("Finished · ");
        }
        text.append(String.format(Locale.ROOT, "Epoch %d of %d · batch %,d of %,d", Math.min(progress.epoch() + 1,
                progress.epochs()), progress.epochs(), progress.batch(), progress.batchesPerEpoch()));
        if (progress.imagesPerSecond() > 0 && Double.isFinite(progress.imagesPerSecond())) {
            text.append(" · ").append(imagesPerSecond(progress.imagesPerSecond()));
        }
        if (progress.phase() != TrainingProgress.Phase.FINISHED) {
            text.append(" · ").append(Double.isFinite(progress.secondsLeft())
                    ? duration(progress.secondsLeft()) + " left" : "estimating time left…");
        }
        return text.toString();
    }

    /** {@code 1,234 img/s}. */
    public static String imagesPerSecond(double rate) {
        return String.format(Locale.ROOT, "%,d img/s", Math.round(rate));
    }

    /** {@code 0:42}, {@code 12:05} or {@code 1:02:03}, rounded up to the next second. */
    public static String duration(double seconds) {
        long total = (long) Math.ceil(Math.max(0, seconds));
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
