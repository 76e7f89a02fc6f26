package org.cnnlab.ui.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.ui.controls.ArgbImage;

/** A {@link SandboxFiles} that records what it was asked to write and can be told to fail. */
final class RecordingFiles implements SandboxFiles {
    final List<String> calls = new ArrayList<>();
    FloatPlanes lastMap;
    ArgbImage lastImage;
    PipelineSpec toOpen;
    String failure;

    @Override
    public Optional<Path> saveKernelSet(Window owner, PipelineSpec spec) throws IOException {
        return record("save", "kernels.json");
    }

    @Override
    public Optional<LoadedKernelSet> openKernelSet(Window owner) throws IOException {
        record("open", "kernels.json");
        return Optional.ofNullable(toOpen).map(spec -> new LoadedKernelSet(Path.of("kernels.json"), spec));
    }

    @Override
    public Optional<Path> exportNpy(Window owner, String suggestedName, FloatPlanes map) throws IOException {
        lastMap = map;
        return record("npy " + suggestedName, suggestedName + ".npy");
    }

    @Override
    public Optional<Path> exportCsv(Window owner, String suggestedName, FloatPlanes map) throws IOException {
        lastMap = map;
        return record("csv " + suggestedName, suggestedName + ".csv");
    }

    @Override
    public Optional<Path> exportPng(Window owner, String suggestedName, ArgbImage image) throws IOException {
        lastImage = image;
        return record("png " + suggestedName, suggestedName + ".png");
    }

    private Optional<Path> record(String call, String file) throws IOException {
        calls.add(call);
        if (failure != null) {
            throw new IOException(failure);
        }
        return Optional.of(Path.of(file));
    }
}
