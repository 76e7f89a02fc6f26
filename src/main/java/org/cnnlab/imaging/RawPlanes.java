package org.cnnlab.imaging;

import org.cnnlab.engine.FloatPlanes;

/**
 * Decoded samples before they become a {@link DecodedImage}: the planes, their channel order and
 * their sample type.
 */
public record RawPlanes(FloatPlanes samples, ChannelOrder order, SampleType sampleType) {
}
