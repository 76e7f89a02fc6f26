package org.cnnlab.ui.imagelab;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cnnlab.imaging.ChannelOrder;
import org.cnnlab.imaging.ColorMap;
import org.cnnlab.imaging.DecodedImage;

/**
 * The channel split: every stored plane of the decoded image as its own heatmap, labelled with
 * its index and the colour it really holds in this decoder's order (for OpenCV, channel 0 is blue).
 */
public final class ChannelsPane extends VBox {
    private final Label orderNote = new Label();
    private final FlowPane panels = new FlowPane();
    private final List<HeatmapPanel> panelList = new ArrayList<>();
    private double panelSize = 300;

    public ChannelsPane() {
        getStyleClass().add("lab-section");
        orderNote.getStyleClass().add("section-note");
        orderNote.setWrapText(true);
        panels.getStyleClass().add("panel-flow");
        getChildren().addAll(orderNote, panels);
    }

    /** Side of each heatmap, in pixels. */
    public void setPanelSize(double size) {
        panelSize = size;
        panelList.forEach(p -> p.setDisplaySize(size));
    }

    public List<HeatmapPanel> panels() {
        return List.copyOf(panelList);
    }

    public String orderNote() {
        return orderNote.getText();
    }

    public void show(DecodedImage image) {
        if (image == null) {
            orderNote.setText("Open an image to see its channels.");
            panels.getChildren().clear();
            panelList.clear();
            return;
        }
        ChannelOrder order = image.order();
        String[] names = order.channelNames();
        orderNote.setText(noteFor(image.decoder(), order) + " Each map uses its own colour scale (viridis): "
                + "read the colour bar for its real minimum and maximum.");
        while (panelList.size() > names.length) {
            panels.getChildren().remove(panelList.remove(panelList.size() - 1));
        }
        while (panelList.size() < names.length) {
            HeatmapPanel panel = new HeatmapPanel("", panelSize);
            panelList.add(panel);
            panels.getChildren().add(panel);
        }
        for (int c = 0; c < names.length; c++) {
            HeatmapPanel panel = panelList.get(c);
            panel.setTitle("channel " + c + ": " + longName(names[c]));
            panel.show(image.samples(), c, ColorMap.VIRIDIS);
        }
    }

    static String noteFor(String decoder, ChannelOrder order) {
        String[] names = order.channelNames();
        StringBuilder text = new StringBuilder(decoder + " stores " + order.label() + ": ");
        for (int c = 0; c < names.length; c++) {
            text.append(c == 0 ? "" : ", ").append("channel ").append(c).append(" is ").append(longName(names[c]));
        }
        return text.append('.').toString();
    }

    static String longName(String shortName) {
        return switch (shortName) {
            case "R" -> "red";
            case "G" -> "green";
            case "B" -> "blue";
            case "A" -> "alpha (opacity)";
            default -> shortName;
        };
    }
}
