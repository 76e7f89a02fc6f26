package org.cnnlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window that outlives any one screen: the font scale (1.0 on a laptop, larger
 * on a projector), the theme, the convolution engine in use and the status line.
 */
public final class MainViewModel {
    /** The scale the "Projector" button switches to: readable from the back of a classroom. */
    public static final double PROJECTOR_SCALE = 1.6;
    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 3.0;

    private final DoubleProperty scale = new SimpleDoubleProperty(1.0);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final ObservableList<String> engines = FXCollections.observableArrayList();
    private final StringProperty selectedEngine = new SimpleStringProperty("auto");
    private final StringProperty engineStatus = new SimpleStringProperty("Starting the native engines in the background…");
    private final StringProperty message = new SimpleStringProperty("");

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Engine names offered to the user; "auto" picks the fastest that passes the golden checks. */
    public ObservableList<String> engines() {
        return engines;
    }

    public StringProperty selectedEngineProperty() {
        return selectedEngine;
    }

    public StringProperty engineStatusProperty() {
        return engineStatus;
    }

    /** A short human message for the user (an error or a confirmation); empty when none. */
    public StringProperty messageProperty() {
        return message;
    }

    public void zoomIn() {
        setScale(scale.get() * 1.15);
    }

    public void zoomOut() {
        setScale(scale.get() / 1.15);
    }

    public void resetZoom() {
        setScale(1.0);
    }

    public void toggleProjector() {
        setScale(scale.get() >= PROJECTOR_SCALE - 1e-9 ? 1.0 : PROJECTOR_SCALE);
    }

    public void setScale(double value) {
        scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, value)));
    }
}
