/**
 * Reusable JavaFX controls for showing numbers as pictures: {@link org.cnnlab.ui.controls.MapView}
 * (a feature map or image as a zoomable heatmap with a colour bar of its real range) and
 * {@link org.cnnlab.ui.controls.KernelEditor} (a validated grid of kernel weights with its heatmap).
 * Sizes are in em, so everything grows with the application's (projector) font size.
 */
package org.cnnlab.ui.controls;
