/**
 * The toolkit-free half of the map views: where an image lies on the screen ({@link
 * org.cnnlab.ui.controls.map.Viewport}), which colour each number gets ({@link
 * org.cnnlab.ui.controls.map.HeatmapRenderer}), how zoomed pixels become screen pixels ({@link
 * org.cnnlab.ui.controls.map.NearestNeighbour}) and which numbers are written into them ({@link
 * org.cnnlab.ui.controls.map.ValueLabels}). Plain arithmetic on arrays, tested without a window.
 */
package org.cnnlab.ui.controls.map;
