package org.cnnlab.testsupport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in TestFX tests for work done off the FX thread to show on screen. */
public final class FxWait {
    /** Long enough for a cold start of the native libraries on a loaded 2-core machine; only a failing test waits it out. */
    private static final long SECONDS = 60;

    private FxWait() {
    }

    /** Waits until {@code condition} holds, then until the FX thread has handled the events that follow. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
