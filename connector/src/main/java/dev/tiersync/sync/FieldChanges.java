package dev.tiersync.sync;

import dev.tiersync.domain.TierSyncField;
import dev.tiersync.salesforce.AccountUpdate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a plan would change, field by field: counts and a few samples, for reports and dry runs. */
final class FieldChanges {

    static final int SAMPLES = 5;

    private FieldChanges() {
    }

    static Map<TierSyncField, Integer> counts(ChangePlan plan) {
        Map<TierSyncField, Integer> counts = new EnumMap<>(TierSyncField.class);
        if (plan != null) {
            for (AccountUpdate update : plan.updates()) {
                update.changed().forEach(field -> counts.merge(field, 1, Integer::sum));
            }
        }
        return counts;
    }

    static List<FieldChange> samples(ChangePlan plan, OrgSnapshot snapshot) {
        List<FieldChange> samples = new ArrayList<>();
        if (plan == null) {
            return samples;
        }
        for (AccountUpdate update : plan.updates()) {
            for (TierSyncField field : update.changed()) {
                if (samples.size() == SAMPLES) {
                    return samples;
                }
                samples.add(new FieldChange(update.accountId(), field,
                        text(field.valueIn(snapshot.account(update.accountId()).current())), text(field.valueIn(update.values()))));
            }
        }
        return samples;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof dev.tiersync.domain.Tier tier) {
            return tier.picklistValue();
        }
        if (value instanceof dev.tiersync.domain.firmographics.SizeBand band) {
            return band.picklistValue();
        }
        if (value instanceof dev.tiersync.domain.firmographics.Region region) {
            return region.picklistValue();
        }
        if (value instanceof dev.tiersync.domain.signals.ChurnRisk risk) {
            return risk.picklistValue();
        }
        return String.valueOf(value);
    }
}
