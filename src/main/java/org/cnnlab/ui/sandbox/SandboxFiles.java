package org.cnnlab.ui.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.ui.controls.ArgbImage;

/**
 * The sandbox's file operations, supplied by the application (which owns file choosers, the JSON
 * format of kernel sets and the writers). Each method asks the user where (usually with a
 * {@code FileChooser} owned by {@code owner}), returns the path it wrote or read, or empty when
 * the user cancelled. Failures are thrown as {@link IOException}s whose message is a short human
 * sentence (what happened, what to do); the sandbox shows that message as it is.
 */
public interface SandboxFiles {

    /** Saves the whole sandbox state (kernels, geometry, activation, pooling) as a kernel set. */
    Optional<Path> saveKernelSet(Window owner, PipelineSpec spec) throws IOException;

    /** Reads a kernel set the user picks. */
    Optional<LoadedKernelSet> openKernelSet(Window owner) throws IOException;

    /** Writes one map as a float32 {@code .npy} file; {@code suggestedName} has no extension. */
    Optional<Path> exportNpy(Window owner, String suggestedName, FloatPlanes map) throws IOException;

    /** Writes one map as CSV, one row of the map per line. */
    Optional<Path> exportCsv(Window owner, String suggestedName, FloatPlanes map) throws IOException;

    /** Writes a rendered panel as PNG. */
    Optional<Path> exportPng(Window owner, String suggestedName, ArgbImage image) throws IOException;

    /** A kernel set read from {@code path}. */
    record LoadedKernelSet(Path path, PipelineSpec spec) {
    }
}
