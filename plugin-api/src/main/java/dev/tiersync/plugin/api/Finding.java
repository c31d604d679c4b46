package dev.tiersync.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/** What one churn or upsell signal found about an account: a name, a weight and a reason a rep can act on. */
public final class Finding {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** The most a reason may hold; the account's whole reasons text holds at most 255 characters. */
    public static final int MAX_REASON_LENGTH = 120;

    private final String signal;
    private final int points;
    private final String reason;

    private Finding(String signal, int points, String reason) {
        this.signal = signal;
        this.points = points;
        this.reason = reason;
    }

    /**
     * A finding.
     *
     * @param signal a short stable name, lower case with dashes, such as {@code intent-competitor-research}
     * @param points how much it weighs, 1 to 3 (churn findings add up into the churn risk)
     * @param reason a few words a rep can act on, one line of at most {@value #MAX_REASON_LENGTH} characters,
     *     such as "researching competitors for 3 weeks"
     * @return the finding
     * @throws IllegalArgumentException when a value is out of those bounds
     */
    public static Finding of(String signal, int points, String reason) {
        if (signal == null || !NAME.matcher(signal).matches()) {
            throw new IllegalArgumentException("a finding's signal name must be lower case letters, digits and dashes, was " + signal);
        }
        if (points < 1 || points > 3) {
            throw new IllegalArgumentException("finding " + signal + ": points must be 1 to 3, was " + points);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH || reason.lines().count() > 1) {
            throw new IllegalArgumentException("finding " + signal + ": the reason must be one non-blank line of at most "
                    + MAX_REASON_LENGTH + " characters");
        }
        return new Finding(signal, points, reason.strip());
    }

    /** @return the signal's short stable name */
    public String signal() {
        return signal;
    }

    /** @return how much the finding weighs, 1 to 3 */
    public int points() {
        return points;
    }

    /** @return a few words a rep can act on */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && f.signal.equals(signal) && f.points == points && f.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(signal, points, reason);
    }

    @Override
    public String toString() {
        return "Finding[" + signal + ", " + points + ", " + reason + "]";
    }
}
