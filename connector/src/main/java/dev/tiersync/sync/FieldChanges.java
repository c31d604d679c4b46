package dev.tiersync.sync;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.salesforce.AccountUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a plan would change, field by field: counts and a few samples, for reports and dry runs. */
final class FieldChanges {

    static final int SAMPLES = 5;

    private FieldChanges() {
    }

    static Map<Field<?>, Integer> counts(ChangePlan plan) {
        Map<Field<?>, Integer> counts = new HashMap<>();
        for (AccountUpdate update : plan.updates()) {
            update.changed().forEach(field -> counts.merge(field, 1, Integer::sum));
        }
        return counts;
    }

    static List<FieldChange> samples(ChangePlan plan, OrgSnapshot snapshot) {
        List<FieldChange> samples = new ArrayList<>();
        for (AccountUpdate update : plan.updates()) {
            for (Field<?> field : update.changed()) {
                if (samples.size() == SAMPLES) {
                    return samples;
                }
                samples.add(new FieldChange(update.accountId(), field,
                        field.format(snapshot.account(update.accountId()).current().getRaw(field)),
                        field.format(update.values().getRaw(field))));
            }
        }
        return samples;
    }
}
