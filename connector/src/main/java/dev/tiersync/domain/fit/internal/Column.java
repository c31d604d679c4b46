package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;

/** One number a scheme reads off an account: an indicator of a value, a binned or transformed number, or a missing-value flag. */
public sealed interface Column extends java.io.Serializable permits LevelColumn, BinColumn, ValueColumn, MissingColumn {

    FitVariable variable();

    double valueOf(FitAccount account);

    /** What the column is, as a regression term reads. */
    String label();
}
