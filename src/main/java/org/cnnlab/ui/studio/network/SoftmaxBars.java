package org.cnnlab.ui.studio.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The network's answer: one horizontal bar per class whose length is the probability the softmax
 * gives it ({@code p_i = e^{z_i} / sum_j e^{z_j}}, the bars add up to 100%), the most probable class
 * in bold. Rows are reused when the classes stay the same.
 */
public final class SoftmaxBars extends GridPane {
    private static final double BAR_EM = 7;

    private final List<Region> bars = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Label> percents = new ArrayList<>();
    private List<String> shownClasses = List.of();

    public SoftmaxBars() {
        getStyleClass().add("softmax-bars");
        setHgap(6);
        setVgap(3);
    }

    /** Shows {@code probabilities}, one row per entry of {@code classNames}. */
    public void show(float[] probabilities, List<String> classNames) {
        if (!classNames.equals(shownClasses)) {
            build(classNames);
        }
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            float p = i < probabilities.length ? probabilities[i] : 0;
            String width = String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, p)) * BAR_EM);
            bars.get(i).setStyle("-fx-pref-width: " + width + "em; -fx-max-width: " + width + "em; -fx-min-width: 0;"
                    + " -fx-pref-height: 0.9em; -fx-max-height: 0.9em;");
            percents.get(i).setText(String.format(Locale.ROOT, "%.1f%%", p * 100));
            boolean top = i == best && probabilities.length > 0;
            names.get(i).getStyleClass().remove("softmax-best");
            percents.get(i).getStyleClass().remove("softmax-best");
            bars.get(i).getStyleClass().remove("softmax-best");
            if (top) {
                names.get(i).getStyleClass().add("softmax-best");
                percents.get(i).getStyleClass().add("softmax-best");
                bars.get(i).getStyleClass().add("softmax-best");
            }
        }
    }

    /** The percentages as shown, for tests. */
    public List<String> shownPercents() {
        return percents.stream().map(Label::getText).toList();
    }

    private void build(List<String> classNames) {
        getChildren().clear();
        bars.clear();
        names.clear();
        percents.clear();
        for (int i = 0; i < classNames.size(); i++) {
            Label name = new Label(classNames.get(i));
            name.getStyleClass().add("softmax-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region bar = new Region();
            bar.getStyleClass().add("softmax-bar");
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("softmax-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setStyle("-fx-pref-width: " + BAR_EM + "em; -fx-min-width: " + BAR_EM + "em;");
            Label percent = new Label();
            percent.getStyleClass().add("softmax-percent");
            percent.setStyle("-fx-pref-width: 4.4em; -fx-min-width: 4.4em; -fx-alignment: center-right;");
            addRow(i, name, track, percent);
            bars.add(bar);
            names.add(name);
            percents.add(percent);
        }
        shownClasses = List.copyOf(classNames);
    }
}
