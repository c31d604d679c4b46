package dev.tiersync.sync;

import dev.tiersync.salesforce.OrgSession;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign audiences' safety brake and their writes. The brake holds a run whose member changes (adds and removes)
 * exceed the brake share of the members the campaigns hold now, as the tier brake holds one whose tier changes exceed
 * it; a campaign's first members are not counted, as an account's first tier is not.
 */
final class AudienceBrake {

    private AudienceBrake() {
    }

    /** Why the brake holds the run, or null when it lets it go. */
    static String reason(AudiencePlan plan, double brakeShare) {
        if (plan.existingMembers() == 0) {
            return null;
        }
        double share = (double) plan.changes() / plan.existingMembers();
        if (share <= brakeShare) {
            return null;
        }
        return String.format(Locale.ROOT, "safety brake: %d campaign members would be added or removed, %.0f%% of the %d the "
                + "TierSync campaigns hold, over the %.0f%% allowed in one run; nothing was written. Check the changes with a "
                + "dry run, then run again with force if they are right", plan.changes(), 100 * share, plan.existingMembers(),
                100 * brakeShare);
    }

    /** Creates the missing campaigns, then adds and removes members; every call under the writes' budget check. */
    static void write(AudiencePlan plan, RecordWrites records, OrgSession session) {
        if (plan.changes() == 0 && plan.campaignsToCreate().isEmpty()) {
            return;
        }
        records.createAll(plan.campaigns());
        Map<String, String> ids = plan.campaignsToCreate().isEmpty() ? plan.campaignIds() : session.campaignIds(plan.names());
        records.createAll(plan.members(ids));
        records.deleteAll(plan.removedIds());
    }
}
