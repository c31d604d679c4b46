package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.salesforce.AccountUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The updates a sync must write: only the changed fields of accounts whose TierSync values differ from the org's. */
record ChangePlan(List<AccountUpdate> updates, List<AccountOutcome> outcomes) {

    static ChangePlan of(OrgSnapshot snapshot, List<Segmentation> segmentations, Instant now) {
        List<AccountUpdate> updates = new ArrayList<>();
        List<AccountOutcome> outcomes = new ArrayList<>(segmentations.size());
        for (Segmentation segmentation : segmentations) {
            Account account = snapshot.account(segmentation.accountId());
            TierSyncValues computed = valuesOf(segmentation, now);
            Set<TierSyncField> changed = EnumSet.noneOf(TierSyncField.class);
            for (TierSyncField field : TierSyncField.values()) {
                if (field.differs(computed, account.current())) {
                    changed.add(field);
                }
            }
            outcomes.add(new AccountOutcome(account.id(), account.name(), segmentation, account.current().tier(), !changed.isEmpty()));
            if (!changed.isEmpty()) {
                updates.add(new AccountUpdate(account.id(), computed, changed));
            }
        }
        return new ChangePlan(List.copyOf(updates), List.copyOf(outcomes));
    }

    static TierSyncValues valuesOf(Segmentation s, Instant now) {
        return new TierSyncValues(s.tier(), s.segment(), s.sizeBand(), s.region(), s.valueScore(), s.churnRisk(),
                s.upsellCandidate(), s.reasons(), now);
    }
}
