package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.AccountValueRules;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.AccountUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The updates a sync must write: only the changed fields of accounts whose TierSync values differ
 * from the org's, when the difference is material (see {@link #material}). The values themselves come
 * from the catalog's {@link AccountValueRules}.
 *
 * @param tierChanges accounts whose tier moves from one tier to another (a first tier is not counted)
 */
record ChangePlan(List<AccountUpdate> updates, List<AccountOutcome> outcomes, int tierChanges) {

    private static final List<Field<?>> COMPUTED = AccountFields.ALL.withRole(FieldRole.COMPUTED);

    static ChangePlan of(OrgSnapshot snapshot, List<Segmentation> segmentations, Instant now, LocalDate today,
                         SyncSettings settings) {
        List<AccountUpdate> updates = new ArrayList<>();
        List<AccountOutcome> outcomes = new ArrayList<>(segmentations.size());
        int tierChanges = 0;
        for (Segmentation segmentation : segmentations) {
            Account account = snapshot.account(segmentation.accountId());
            FieldValues current = account.current();
            FieldValues computed = AccountValueRules.of(segmentation, account.pin(), current, now, today);
            Set<Field<?>> changed = new LinkedHashSet<>();
            for (Field<?> field : COMPUTED) {
                if (computed.differs(field, current) && allowed(settings.policy(field), field, current)) {
                    changed.add(field);
                }
            }
            if (!material(changed, computed, current, settings.valueScoreTolerance())) {
                changed.clear();
            }
            if (current.get(AccountFields.TIER) != null && computed.get(AccountFields.TIER) != current.get(AccountFields.TIER)) {
                tierChanges++;
            }
            outcomes.add(new AccountOutcome(account.id(), account.name(), segmentation, computed.get(AccountFields.TIER),
                    current.get(AccountFields.TIER), !changed.isEmpty()));
            if (!changed.isEmpty()) {
                updates.add(new AccountUpdate(account.id(), computed, changed));
            }
        }
        return new ChangePlan(List.copyOf(updates), List.copyOf(outcomes), tierChanges);
    }

    /**
     * Whether the changes are worth a write: the reasons text alone is not (it follows the day count and the
     * score's digits, and is refreshed with any other change), nor a value or fit score (both percentiles) that
     * moved less than the tolerance, as ranks do when other accounts change or the fit is learnt again. A blank field is always worth filling.
     */
    private static boolean material(Set<Field<?>> changed, FieldValues computed, FieldValues current, double tolerance) {
        for (Field<?> field : changed) {
            boolean minor;
            if (field == AccountFields.REASONS) {
                minor = current.get(AccountFields.REASONS) != null;
            } else if (field == AccountFields.VALUE_SCORE) {
                minor = movedLess(AccountFields.VALUE_SCORE, computed, current, tolerance);
            } else if (field == AccountFields.FIT_SCORE) {
                minor = movedLess(AccountFields.FIT_SCORE, computed, current, tolerance);
            } else {
                minor = false;
            }
            if (!minor) {
                return true;
            }
        }
        return false;
    }

    private static boolean movedLess(Field<Double> score, FieldValues computed, FieldValues current, double tolerance) {
        Double now = current.get(score);
        Double next = computed.get(score);
        return now != null && next != null && Math.abs(next - now) < tolerance;
    }

    private static boolean allowed(WritePolicy policy, Field<?> field, FieldValues current) {
        return switch (policy) {
            case ALWAYS -> true;
            case ONLY_IF_BLANK -> current.getRaw(field) == null;
            case NEVER -> false;
        };
    }
}
