/**
 * Views of what a network computes for one image, independent of any screen: feature maps as tiled
 * heatmaps ({@link org.cnnlab.ui.studio.network.Mosaic}), flat layers as bars, the softmax output,
 * all together in {@link org.cnnlab.ui.studio.network.ActivationsPane}.
 */
package org.cnnlab.ui.studio.network;
