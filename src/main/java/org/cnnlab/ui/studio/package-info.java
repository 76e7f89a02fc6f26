/**
 * The training studio screen: {@link org.cnnlab.ui.studio.StudioView} over
 * {@link org.cnnlab.ui.studio.StudioViewModel}, which drives a {@link org.cnnlab.services.studio.Studio}
 * (the service that owns the network and its model thread) and turns its events into chart points,
 * a progress line and network pictures on the FX thread. {@code network} holds the reusable views of
 * a network's activations.
 */
package org.cnnlab.ui.studio;
