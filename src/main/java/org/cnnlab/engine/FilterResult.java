package org.cnnlab.engine;

import java.util.List;

/** The maps one filter of the bank produced: one, or one per colour channel in depthwise mode. */
public record FilterResult(Filter filter, ConvGeometry geometry, List<MapResult> maps) {
    public FilterResult {
        maps = List.copyOf(maps);
    }
}
