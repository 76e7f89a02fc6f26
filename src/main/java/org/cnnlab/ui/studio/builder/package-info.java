/**
 * The model builder panel: {@link org.cnnlab.ui.studio.builder.ModelBuilderView} over
 * {@link org.cnnlab.ui.studio.builder.ModelBuilderViewModel}, which checks a draft layer stack with
 * {@link org.cnnlab.training.model.ModelSpec} after every edit and offers the valid model to the caller (the app creates it in the training studio).
 */
package org.cnnlab.ui.studio.builder;
