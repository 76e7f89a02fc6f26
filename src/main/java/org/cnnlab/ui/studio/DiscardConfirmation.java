package org.cnnlab.ui.studio;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a trained network that was not saved is thrown away (by New model, opening another
 * network, a model from the builder, or closing the window). Nothing is asked while the studio's
 * network is saved or untrained. The dialog names what would be lost and offers two plain
 * buttons; closing it keeps the network.
 */
public final class DiscardConfirmation {
    /** The button that throws the trained network away. */
    public static final ButtonType DISCARD = new ButtonType("Discard the trained network", ButtonBar.ButtonData.OK_DONE);
    /** The button that keeps it (the default answer). */
    public static final ButtonType KEEP = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final StudioViewModel vm;

    public DiscardConfirmation(StudioViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
    }

    /**
     * True when {@code action} may replace the studio's network: nothing unsaved, or the user chose
     * to discard it.
     *
     * @param action what replaces the network, as the start of a sentence, e.g. {@code "New model"}
     */
    public boolean allows(Window owner, String action) {
        if (!vm.unsavedTrainingProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", DISCARD, KEEP);
        alert.initOwner(owner);
        alert.setTitle("Unsaved network");
        alert.setHeaderText("The network you trained is not saved.");
        alert.setContentText(action + " replaces it, and its training is lost. To keep it, choose Keep it and save it first.");
        alert.getDialogPane().setId("discard-confirmation");
        if (owner != null && owner.getScene() != null) {
            // the window's font scale (projector mode) is a style on its root; the dialog is a scene of its own
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        ((Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(DISCARD)).setDefaultButton(false);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == DISCARD;
    }
}
