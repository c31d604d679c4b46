package dev.tiersync.domain.segments;

import java.util.Optional;

/** Judges the {@link NamedCondition}s of the rules for one account. */
@FunctionalInterface
public interface ConditionJudge {

    /** Judges no condition met, as when nothing contributes them. */
    ConditionJudge NONE = condition -> Optional.empty();

    /** Why the account meets the condition, in a few words a rep can read; empty when it does not. */
    Optional<String> reasonIfMet(NamedCondition condition);
}
