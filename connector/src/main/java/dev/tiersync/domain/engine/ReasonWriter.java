package dev.tiersync.domain.engine;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.segments.SegmentChoice;
import dev.tiersync.domain.signals.Finding;
import dev.tiersync.domain.signals.Money;
import dev.tiersync.domain.signals.Signals;
import dev.tiersync.domain.tiering.TierDecision;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the one sentence a rep reads on the account, such as
 * {@code Tier B: $182k won in 12 mo (value 71/100). Churn Medium: no win for 211 days, usually every 90.}
 * When the account's segment asked for named conditions (a plugin's, such as a technology it uses), what
 * they found follows the tier, before the signals, so the 255 characters cut the signals first:
 * {@code Tier B: ... Competitor CRM: uses HubSpot (crm). Churn Medium: ...}
 * A prospect's fit comes right after its tier, once there is a fit:
 * {@code Tier Prospect: no deal won yet. Fit Strong (86/100): Technology, 1,000+ employees; 58% of such customers are tier A.}
 */
final class ReasonWriter {

    static final int MAX_LENGTH = 255;

    private ReasonWriter() {
    }

    static String write(AccountProfile profile, TierDecision tier, double valueScore, Signals signals, SegmentChoice segment) {
        return write(profile, tier, valueScore, signals, segment, Optional.empty());
    }

    /** The sentence, with the account's fit after the tier when there is one to tell. */
    static String write(AccountProfile profile, TierDecision tier, double valueScore, Signals signals, SegmentChoice segment,
                        Optional<String> fit) {
        return write(profile, tier, valueScore, signals, segment, fit, "");
    }

    /** @param behaviour what the behaviour rules found (engagement, decision chain), after the signals; blank for nothing */
    static String write(AccountProfile profile, TierDecision tier, double valueScore, Signals signals, SegmentChoice segment,
                        Optional<String> fit, String behaviour) {
        StringBuilder text = new StringBuilder(128).append("Tier ").append(tier.tier().picklistValue()).append(": ");
        var m = profile.metrics();
        switch (tier.basis()) {
            case PROSPECT -> text.append("no deal won yet");
            case NEW -> text.append("first win ").append(m.tenureDays().orElse(0)).append(" days ago, ")
                    .append(Money.compact(m.lifetimeWon())).append(" so far");
            case LAPSED -> text.append("nothing won in 12 mo, ").append(Money.compact(m.lifetimeWon())).append(" before (lapsed)");
            case OUTLIER -> text.append(Money.compact(m.trailingWon())).append(" won in 12 mo, far above every other account");
            case RANKED -> text.append(Money.compact(m.trailingWon())).append(" won in 12 mo (value ")
                    .append(Math.round(valueScore)).append("/100)");
        }
        text.append('.');
        fit.ifPresent(reason -> text.append(' ').append(reason));
        if (!segment.reasons().isEmpty()) {
            text.append(' ').append(segment.segment()).append(": ").append(String.join("; ", segment.reasons())).append('.');
        }
        if (!signals.churnFindings().isEmpty()) {
            text.append(" Churn ").append(signals.churnRisk().picklistValue()).append(": ").append(join(signals, true)).append('.');
        }
        if (signals.upsellCandidate()) {
            text.append(" Upsell: ").append(join(signals, false)).append('.');
        }
        if (!behaviour.isEmpty()) {
            text.append(' ').append(Character.toUpperCase(behaviour.charAt(0))).append(behaviour.substring(1)).append('.');
        }
        return fit(text.toString());
    }

    private static String join(Signals signals, boolean churn) {
        return (churn ? signals.churnFindings() : signals.upsellFindings()).stream()
                .map(Finding::reason).collect(Collectors.joining("; "));
    }

    private static String fit(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
