package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;

/**
 * 1 when a categorical variable has this value (ignoring case; a null level stands for unknown), else 0.
 *
 * @param otherwise the one other value the variable takes, when it takes exactly two and is always known
 *     (so "not no" reads "yes"); null otherwise
 */
public record LevelColumn(FitVariable variable, String level, String otherwise) implements Column {

    public LevelColumn(FitVariable variable, String level) {
        this(variable, level, null);
    }

    @Override
    public double valueOf(FitAccount account) {
        String value = account.category(variable);
        return (level == null ? value == null : level.equalsIgnoreCase(value)) ? 1 : 0;
    }

    @Override
    public String label() {
        return Traits.level(variable, level);
    }

    /** How the other side of this column reads: the other value, or "not" this one. */
    public String negation() {
        return otherwise != null ? Traits.level(variable, otherwise) : Traits.notLevel(variable, level);
    }
}
