package dev.tiersync.plugin.api;

import java.util.Objects;
import java.util.Optional;

/** Whether an account meets a {@link SegmentCondition}, and when it does, why in a few words. */
public final class Verdict {

    private static final Verdict NOT_MET = new Verdict(null);

    private final String reason;

    private Verdict(String reason) {
        this.reason = reason;
    }

    /**
     * The account meets the condition.
     *
     * @param reason a few words a rep can read in the account's reasons, one line of at most
     *     {@value Finding#MAX_REASON_LENGTH} characters, such as "uses HubSpot (crm)"
     * @return the verdict
     * @throws IllegalArgumentException when the reason is blank, several lines or too long
     */
    public static Verdict met(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > Finding.MAX_REASON_LENGTH || reason.lines().count() > 1) {
            throw new IllegalArgumentException("a met condition's reason must be one non-blank line of at most "
                    + Finding.MAX_REASON_LENGTH + " characters");
        }
        return new Verdict(reason.strip());
    }

    /** @return the verdict of an account that does not meet the condition */
    public static Verdict notMet() {
        return NOT_MET;
    }

    /** @return true when the account meets the condition */
    public boolean isMet() {
        return reason != null;
    }

    /** @return why the account meets the condition; empty when it does not */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict v && Objects.equals(v.reason, reason);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reason);
    }

    @Override
    public String toString() {
        return reason == null ? "Verdict[not met]" : "Verdict[met: " + reason + "]";
    }
}
