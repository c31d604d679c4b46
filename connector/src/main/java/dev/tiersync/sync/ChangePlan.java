package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Pin;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.salesforce.AccountUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The updates a sync must write: only the changed fields of accounts whose TierSync values differ
 * from the org's, when the difference is material (see {@link #material}). A rep's pin sets Tier__c while it holds; Model_Tier__c always carries the model's
 * tier; Previous_Tier__c and Tier_Changed_On__c change only when Tier__c does.
 *
 * @param tierChanges accounts whose tier moves from one tier to another (a first tier is not counted)
 */
record ChangePlan(List<AccountUpdate> updates, List<AccountOutcome> outcomes, int tierChanges) {

    static final int MAX_REASONS = 255;

    static ChangePlan of(OrgSnapshot snapshot, List<Segmentation> segmentations, Instant now, LocalDate today,
                         SyncSettings settings) {
        List<AccountUpdate> updates = new ArrayList<>();
        List<AccountOutcome> outcomes = new ArrayList<>(segmentations.size());
        int tierChanges = 0;
        for (Segmentation segmentation : segmentations) {
            Account account = snapshot.account(segmentation.accountId());
            TierSyncValues current = account.current();
            TierSyncValues computed = valuesOf(segmentation, account.pin(), current, now, today);
            Set<TierSyncField> changed = EnumSet.noneOf(TierSyncField.class);
            for (TierSyncField field : TierSyncField.values()) {
                if (field.differs(computed, current) && allowed(settings.policy(field), field, current)) {
                    changed.add(field);
                }
            }
            if (!material(changed, computed, current, settings.valueScoreTolerance())) {
                changed.clear();
            }
            if (current.tier() != null && computed.tier() != current.tier()) {
                tierChanges++;
            }
            outcomes.add(new AccountOutcome(account.id(), account.name(), segmentation, computed.tier(), current.tier(),
                    !changed.isEmpty()));
            if (!changed.isEmpty()) {
                updates.add(new AccountUpdate(account.id(), computed, changed));
            }
        }
        return new ChangePlan(List.copyOf(updates), List.copyOf(outcomes), tierChanges);
    }

    /**
     * Whether the changes are worth a write: the reasons text alone is not (it follows the day count and the
     * score's digits, and is refreshed with any other change), nor a value score that moved less than the
     * tolerance, as ranks do when other accounts change. A blank field is always worth filling.
     */
    private static boolean material(Set<TierSyncField> changed, TierSyncValues computed, TierSyncValues current,
                                    double tolerance) {
        for (TierSyncField field : changed) {
            boolean minor = switch (field) {
                case REASONS -> current.reasons() != null;
                case VALUE_SCORE -> current.valueScore() != null && computed.valueScore() != null
                        && Math.abs(computed.valueScore() - current.valueScore()) < tolerance;
                default -> false;
            };
            if (!minor) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(WritePolicy policy, TierSyncField field, TierSyncValues current) {
        return switch (policy) {
            case ALWAYS -> true;
            case ONLY_IF_BLANK -> field.valueIn(current) == null;
            case NEVER -> false;
        };
    }

    static TierSyncValues valuesOf(Segmentation s, Pin pin, TierSyncValues current, Instant now, LocalDate today) {
        boolean pinned = pin.holdsOn(today);
        Tier tier = pinned ? pin.tier() : s.tier();
        boolean tierMoves = tier != current.tier();
        String reasons = pinned ? pinnedReasons(pin, s.reasons()) : s.reasons();
        return new TierSyncValues(tier, s.tier(), tierMoves ? current.tier() : current.previousTier(),
                tierMoves ? today : current.tierChangedOn(), s.segment(), s.sizeBand(), s.region(), s.valueScore(),
                s.churnRisk(), s.upsellCandidate(), reasons, now);
    }

    private static String pinnedReasons(Pin pin, String modelReasons) {
        String text = "Pinned to " + pin.tier().picklistValue() + (pin.until() == null ? "" : " until " + pin.until())
                + (pin.reason() == null || pin.reason().isBlank() ? "" : " (" + pin.reason().strip() + ")")
                + ". Model: " + modelReasons;
        return text.length() <= MAX_REASONS ? text : text.substring(0, MAX_REASONS - 1) + "…";
    }
}
