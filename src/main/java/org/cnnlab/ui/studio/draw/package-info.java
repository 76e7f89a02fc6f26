/**
 * The draw-a-digit panel: {@link org.cnnlab.ui.studio.draw.DrawPadView} over
 * {@link org.cnnlab.ui.studio.draw.DrawPadViewModel}, which rasterises the strokes and asks the
 * studio to read them, one request in flight at a time.
 */
package org.cnnlab.ui.studio.draw;
