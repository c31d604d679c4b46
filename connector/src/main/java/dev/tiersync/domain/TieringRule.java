package dev.tiersync.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Computes a tier for every account, as of a date. */
@FunctionalInterface
public interface TieringRule {

    /**
     * Assesses every account. The result holds exactly one assessment per input account, in input
     * order, and does not depend on that order.
     *
     * @param asOf the day the assessment is for; only deals closed before it count
     */
    List<Assessment> assess(Collection<AccountHistory> accounts, LocalDate asOf);
}
