package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** A trained segmentation scheme: it scores any account (higher is more like the best customers) and explains itself. */
public interface Scheme extends java.io.Serializable {

    SchemeKind kind();

    /** The scheme's own score; only its order matters, the model turns it into a percentile. */
    double raw(FitAccount account);

    /** False when the account has none of the traits the scheme reads: its fit is Unknown. */
    boolean knowsAnything(FitAccount account);

    /** The variables the scheme reads. */
    Collection<FitVariable> variables();

    /** The variables the scheme reads, by label. */
    default List<String> reads() {
        return variables().stream().map(FitVariable::label).toList();
    }

    /** Up to three traits of the account that drive its score up ({@code favourable}) or down. */
    List<String> traits(FitAccount account, boolean favourable);

    /** The share of tier A among training customers like this one, when the scheme groups them (a tree's leaf). */
    OptionalDouble topShareOfGroup(FitAccount account);

    /** The scheme as people read it, given the model's calibration for fit scores. */
    List<String> describe(Calibration calibration);
}
