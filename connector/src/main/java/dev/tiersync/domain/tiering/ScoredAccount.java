package dev.tiersync.domain.tiering;

import dev.tiersync.domain.profile.AccountProfile;

/**
 * An account with its scores, as the tier methods rank it.
 *
 * @param quality the quality score in money
 * @param valueScore the quality score's percentile rank among customers, 0–100
 */
public record ScoredAccount(AccountProfile profile, double quality, double valueScore) {

    public String accountId() {
        return profile.accountId();
    }
}
