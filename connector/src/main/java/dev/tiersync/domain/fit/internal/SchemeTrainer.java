package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.SchemeKind;

/** Learns one kind of scheme from a training set. */
public interface SchemeTrainer {

    SchemeKind kind();

    Scheme train(TrainingSet set);
}
