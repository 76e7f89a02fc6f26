package org.cnnlab.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The window's header: the app's name, the screen switcher and the window-wide tools (projector,
 * theme, help). It never cuts a button's text: when the three do not fit in one row, as at
 * projector scale on a 1280-pixel screen or after a few Ctrl +, the tools move to a second row
 * and, if the switcher still does not fit beside the name, the name is left out.
 */
public final class HeaderBar extends Region {
    private static final double GAP = 12;

    private final Node title;
    private final Node navigation;
    private final Node tools;

    /** The arrangement that fits a given inner width. */
    enum Arrangement {
        ONE_ROW, TOOLS_BELOW, TOOLS_BELOW_WITHOUT_TITLE
    }

    public HeaderBar(Node title, Node navigation, Node tools) {
        this.title = title;
        this.navigation = navigation;
        this.tools = tools;
        getStyleClass().add("app-header");
        setPadding(new Insets(6, 10, 6, 10));
        getChildren().addAll(title, navigation, tools);
    }

    /** How the header arranges itself at {@code width} pixels (including its padding). */
    Arrangement arrangementFor(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double titleW = title.prefWidth(-1);
        double navW = navigation.prefWidth(-1);
        double toolsW = tools.prefWidth(-1);
        if (titleW + GAP + navW + GAP + toolsW <= inner) {
            return Arrangement.ONE_ROW;
        }
        return titleW + GAP + navW <= inner ? Arrangement.TOOLS_BELOW : Arrangement.TOOLS_BELOW_WITHOUT_TITLE;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + title.prefWidth(-1) + GAP + navigation.prefWidth(-1) + GAP + tools.prefWidth(-1)
                + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(navigation.minWidth(-1), tools.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double rowHeight = Math.max(title.prefHeight(-1), Math.max(navigation.prefHeight(-1), tools.prefHeight(-1)));
        double rows = width < 0 || arrangementFor(width) == Arrangement.ONE_ROW ? rowHeight
                : Math.max(title.prefHeight(-1), navigation.prefHeight(-1)) + GAP / 2 + tools.prefHeight(-1);
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        Arrangement arrangement = arrangementFor(getWidth());
        boolean showTitle = arrangement != Arrangement.TOOLS_BELOW_WITHOUT_TITLE;
        title.setVisible(showTitle);
        double firstRow = Math.max(showTitle ? title.prefHeight(-1) : 0, navigation.prefHeight(-1));
        if (arrangement == Arrangement.ONE_ROW) {
            firstRow = Math.max(firstRow, tools.prefHeight(-1));
        }
        double x = left;
        if (showTitle) {
            double w = title.prefWidth(-1);
            layoutInArea(title, x, top, w, firstRow, 0, HPos.LEFT, VPos.CENTER);
            x += w + GAP;
        }
        double navWidth = Math.min(navigation.prefWidth(-1), left + inner - x);
        layoutInArea(navigation, x, top, navWidth, firstRow, 0, HPos.LEFT, VPos.CENTER);
        double toolsW = Math.min(tools.prefWidth(-1), inner);
        if (arrangement == Arrangement.ONE_ROW) {
            layoutInArea(tools, left + inner - toolsW, top, toolsW, firstRow, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            layoutInArea(tools, left + inner - toolsW, top + firstRow + GAP / 2, toolsW, tools.prefHeight(-1), 0,
                    HPos.RIGHT, VPos.CENTER);
        }
    }
}
