package dev.tiersync.domain.catalog;

import dev.tiersync.domain.Pin;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How TierSync computes each value it writes to an Account, one rule per field of the catalog. A rep's
 * pin sets Tier__c while it holds; Model_Tier__c always carries the model's tier; Previous_Tier__c and
 * Tier_Changed_On__c change only when Tier__c does.
 */
public final class AccountValueRules {

    static final int MAX_REASONS = 255;

    /** One field's rule. */
    private record Rule<T>(Field<T> field, Function<Assessed, T> value) {
        void apply(Assessed assessed, FieldValues.Builder values) {
            values.set(field, value.apply(assessed));
        }
    }

    private static final List<Rule<?>> RULES = List.of(
            new Rule<>(AccountFields.TIER, Assessed::tierInForce),
            new Rule<>(AccountFields.MODEL_TIER, a -> a.model().tier()),
            new Rule<>(AccountFields.PREVIOUS_TIER, Assessed::previousTier),
            new Rule<>(AccountFields.TIER_CHANGED_ON, Assessed::tierChangedOn),
            new Rule<>(AccountFields.SEGMENT, a -> a.model().segment()),
            new Rule<>(AccountFields.SIZE_BAND, a -> a.model().sizeBand()),
            new Rule<>(AccountFields.REGION, a -> a.model().region()),
            new Rule<>(AccountFields.VALUE_SCORE, a -> a.model().valueScore()),
            new Rule<>(AccountFields.CHURN_RISK, a -> a.model().churnRisk()),
            new Rule<>(AccountFields.UPSELL_CANDIDATE, a -> a.model().upsellCandidate()),
            new Rule<>(AccountFields.ENGAGEMENT, a -> a.model().behaviour().engagement()),
            new Rule<>(AccountFields.DECISION_CHAIN, a -> a.model().behaviour().decisionChain()),
            new Rule<>(AccountFields.REASONS, Assessed::reasons),
            new Rule<>(AccountFields.SEGMENTS_UPDATED_AT, Assessed::now),
            new Rule<>(AccountFields.FIT_SCORE, a -> a.model().fitScore()),
            new Rule<>(AccountFields.FIT_TIER, a -> a.model().fitTier()));

    static {
        Set<Field<?>> ruled = RULES.stream().map(Rule::field).collect(Collectors.toSet());
        for (Field<?> field : AccountFields.ALL.written()) {
            if (!ruled.contains(field)) {
                throw new IllegalStateException("the catalog's " + field + " has no rule in AccountValueRules");
            }
        }
    }

    private AccountValueRules() {
    }

    /**
     * The values TierSync would write to an account: the model's, with the rep's pin applied on {@code today}
     * and the update time {@code now}.
     *
     * @param current what the org holds now
     */
    public static FieldValues of(Segmentation model, Pin pin, FieldValues current, Instant now, LocalDate today) {
        Assessed assessed = new Assessed(model, pin, current, now, today);
        FieldValues.Builder values = FieldValues.builder();
        for (Rule<?> rule : RULES) {
            rule.apply(assessed, values);
        }
        return values.build();
    }

    /** What a rule sees: the model's result, the pin and what the org holds. */
    private record Assessed(Segmentation model, Pin pin, FieldValues current, Instant now, LocalDate today) {

        boolean pinned() {
            return pin.holdsOn(today);
        }

        Tier tierInForce() {
            return pinned() ? pin.tier() : model.tier();
        }

        boolean tierMoves() {
            return tierInForce() != current.get(AccountFields.TIER);
        }

        Tier previousTier() {
            return tierMoves() ? current.get(AccountFields.TIER) : current.get(AccountFields.PREVIOUS_TIER);
        }

        LocalDate tierChangedOn() {
            return tierMoves() ? today : current.get(AccountFields.TIER_CHANGED_ON);
        }

        String reasons() {
            if (!pinned()) {
                return model.reasons();
            }
            String text = "Pinned to " + pin.tier().picklistValue() + (pin.until() == null ? "" : " until " + pin.until())
                    + (pin.reason() == null || pin.reason().isBlank() ? "" : " (" + pin.reason().strip() + ")")
                    + ". Model: " + model.reasons();
            return text.length() <= MAX_REASONS ? text : text.substring(0, MAX_REASONS - 1) + "…";
        }
    }
}
