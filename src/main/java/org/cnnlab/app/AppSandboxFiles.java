package org.cnnlab.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cnnlab.engine.FloatPlanes;
import org.cnnlab.engine.PipelineSpec;
import org.cnnlab.imaging.PngExport;
import org.cnnlab.persist.CsvWriter;
import org.cnnlab.persist.KernelSetFile;
import org.cnnlab.persist.KernelSetFormatException;
import org.cnnlab.persist.NpyWriter;
import org.cnnlab.ui.controls.ArgbImage;
import org.cnnlab.ui.sandbox.SandboxFiles;

/** The sandbox's file operations: file choosers over the kernel-set JSON, NPY, CSV and PNG writers. */
final class AppSandboxFiles implements SandboxFiles {
    private File lastFolder;

    @Override
    public Optional<Path> saveKernelSet(Window owner, PipelineSpec spec) throws IOException {
        Optional<Path> file = choose(owner, "Save kernel set", "kernels" + LaunchFile.KERNEL_SET_EXTENSION, true, "Kernel sets",
                "*" + LaunchFile.KERNEL_SET_EXTENSION, "*.json");
        if (file.isPresent()) {
            KernelSetFile.save(spec, file.get());
        }
        return file;
    }

    @Override
    public Optional<LoadedKernelSet> openKernelSet(Window owner) throws IOException {
        Optional<Path> file = choose(owner, "Open kernel set", null, false, "Kernel sets",
                "*" + LaunchFile.KERNEL_SET_EXTENSION, "*.json");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LoadedKernelSet(file.get(), KernelSetFile.load(file.get())));
        } catch (KernelSetFormatException e) {
            throw new IOException(file.get().getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> exportNpy(Window owner, String suggestedName, FloatPlanes map) throws IOException {
        Optional<Path> file = choose(owner, "Export map as NumPy array", suggestedName + ".npy", true, "NumPy arrays", "*.npy");
        if (file.isPresent()) {
            NpyWriter.write(map, file.get());
        }
        return file;
    }

    @Override
    public Optional<Path> exportCsv(Window owner, String suggestedName, FloatPlanes map) throws IOException {
        Optional<Path> file = choose(owner, "Export map as CSV", suggestedName + ".csv", true, "CSV files", "*.csv");
        if (file.isPresent()) {
            CsvWriter.write(map, 0, file.get());
        }
        return file;
    }

    @Override
    public Optional<Path> exportPng(Window owner, String suggestedName, ArgbImage image) throws IOException {
        Optional<Path> file = choose(owner, "Export panel as PNG", suggestedName + ".png", true, "PNG images", "*.png");
        if (file.isPresent()) {
            PngExport.writePng(image.pixels(), image.width(), image.height(), file.get());
        }
        return file;
    }

    private Optional<Path> choose(Window owner, String title, String initialName, boolean save, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
