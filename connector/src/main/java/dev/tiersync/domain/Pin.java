package dev.tiersync.domain;

import java.time.LocalDate;

/**
 * A rep's pin of an account's tier ({@code Tier_Override__c}, {@code Tier_Override_Until__c},
 * {@code Tier_Override_Reason__c}). TierSync reads it and never writes it.
 *
 * @param until the last day the pin holds; null holds it until a rep clears it
 */
public record Pin(Tier tier, LocalDate until, String reason) {

    public static final Pin NONE = new Pin(null, null, null);

    /** True when the pin sets a tier on the given day. */
    public boolean holdsOn(LocalDate day) {
        return tier != null && (until == null || !until.isBefore(day));
    }
}
