/**
 * The kernel sandbox screen: {@link org.cnnlab.ui.sandbox.SandboxView} over
 * {@link org.cnnlab.ui.sandbox.SandboxViewModel}. The view model holds the filter bank
 * ({@code FilterBankModel}) with its undo history ({@code EditHistory}), asks the
 * {@code ComputeScheduler} for results (inline when cheap, else on a latest-wins worker thread),
 * words its explanations through {@code SandboxTexts}, and keeps the traced pixel in
 * {@link org.cnnlab.ui.sandbox.ProbeState}. The view lays the map panels out with
 * {@code PanelGrid} and the math and numbers with {@code ArithmeticPane}. The application injects
 * the convolution engine and the file operations ({@link org.cnnlab.ui.sandbox.SandboxFiles}).
 */
package org.cnnlab.ui.sandbox;
