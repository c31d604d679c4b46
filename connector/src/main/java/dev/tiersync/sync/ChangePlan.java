package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Assessment;
import dev.tiersync.salesforce.AccountUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The updates a sync must write: only accounts whose TierSync values differ from the org's. */
record ChangePlan(List<AccountUpdate> updates, List<AccountOutcome> outcomes) {

    static ChangePlan of(OrgSnapshot snapshot, List<Assessment> assessments, Instant now) {
        List<AccountUpdate> updates = new ArrayList<>();
        List<AccountOutcome> outcomes = new ArrayList<>(assessments.size());
        for (Assessment assessment : assessments) {
            Account account = snapshot.account(assessment.accountId());
            AccountOutcome outcome = new AccountOutcome(account.id(), account.name(), assessment.tier(),
                    account.current().tier(), assessment.trailingWonRevenue());
            outcomes.add(outcome);
            if (outcome.changed()) {
                updates.add(new AccountUpdate(account.id(), assessment.tier(), now));
            }
        }
        return new ChangePlan(List.copyOf(updates), List.copyOf(outcomes));
    }
}
