package org.cnnlab.ui.studio;

import org.cnnlab.training.data.Dataset;
import org.cnnlab.training.data.DatasetException;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;

/**
 * Where the studio finds the test images it shows as thumbnails (a confusion-matrix cell, the most
 * confident mistakes). Called off the FX thread: loading a test set takes a moment.
 */
@FunctionalInterface
public interface TestSetImages {
    /** The test split of {@code id}. */
    Dataset load(DatasetId id) throws DatasetException;

    /** The test sets shipped with the application, read through {@code library}. */
    static TestSetImages from(DatasetLibrary library) {
        return id -> library.load(id, DatasetSplit.TEST);
    }
}
