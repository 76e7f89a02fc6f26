package org.cnnlab.ui.controls;

/** Test support: the headless Monocle screen is 1280x800 by default; screenshots at 1920x1080 need more. */
public final class HeadlessScreen {
    private HeadlessScreen() {
    }

    /** Sets Monocle's headless screen to 2000x1200 unless already set; effective before the toolkit starts. */
    public static void makeRoomForFullHd() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "2000x1200-32");
        }
    }
}
