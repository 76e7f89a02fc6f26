/**
 * The kernel sandbox screen: {@link org.cnnlab.ui.sandbox.SandboxView} over
 * {@link org.cnnlab.ui.sandbox.SandboxViewModel}, which runs the engine's feature-map pipeline on a
 * latest-wins worker thread. The application injects the convolution engine and the file
 * operations ({@link org.cnnlab.ui.sandbox.SandboxFiles}).
 */
package org.cnnlab.ui.sandbox;
