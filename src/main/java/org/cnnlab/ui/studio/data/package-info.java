/**
 * The dataset browser panel: {@link org.cnnlab.ui.studio.data.DatasetBrowserView} over
 * {@link org.cnnlab.ui.studio.data.DatasetBrowserViewModel}, which loads MNIST or Fashion-MNIST off
 * the FX thread and pages its samples by class.
 */
package org.cnnlab.ui.studio.data;
