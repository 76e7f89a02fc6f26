/**
 * Running a training: the loop ({@link org.cnnlab.training.run.Trainer}), its settings, the
 * pause/step/stop control, the progress reports and outcome, scoring a network (evaluation,
 * predictions, confusion matrix) and the training benchmark. The loop drives a
 * {@link org.cnnlab.training.dl4j.TrainableNetwork} batch by batch, so this package uses ND4J's
 * batches and arrays (and only those, never DL4J itself); what it reports is plain data.
 */
package org.cnnlab.training.run;
