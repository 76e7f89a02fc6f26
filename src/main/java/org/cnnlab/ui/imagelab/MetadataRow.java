package org.cnnlab.ui.imagelab;

/**
 * One line of the image lab's metadata table: a property of a decoded image (width, channel
 * order, value range, ...) and its value as shown to the user.
 */
public record MetadataRow(String property, String value) {
}
