/**
 * The training studio's service ({@link org.cnnlab.services.studio.Studio}) and the immutable
 * snapshots it hands to the UI: progress, chart points, network pictures, drawn-digit readings,
 * test reports.
 */
package org.cnnlab.services.studio;
