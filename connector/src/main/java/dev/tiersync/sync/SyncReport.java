package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.salesforce.ApiUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one sync did. {@code accountsPulled} and {@code opportunitiesPulled} count the records
 * assessed: the whole org as the snapshot holds it after this run's pull; {@link #pull()} says how
 * many of them this run actually pulled.
 *
 * @param opportunitiesWithoutAccount opportunities skipped because they belong to no account
 * @param accountsChanged accounts whose TierSync values differ from what the org holds
 * @param accountsWritten accounts Salesforce accepted the new values for (0 in a dry run)
 * @param tierDistribution accounts per tier after the sync
 * @param fieldChanges accounts to change, per field
 * @param sampleChanges a few changes with their values before and after
 * @param plannedWriteCalls the update calls the changes take (spent unless this is a dry run)
 * @param segmentDistribution accounts per segment after the sync
 * @param upsellCandidates accounts flagged as upsell candidates
 * @param examples a few accounts with their tiers, the highest revenue of each tier first
 * @param lockRetries records written again after Salesforce refused them for a lock
 * @param phases how long pulling, loading the snapshot, assessing and writing took
 * @param pull what was pulled from the org, and how
 * @param bulkWrite whether the changes were written through the Bulk API
 * @param apiUsage the org's API requests used today and its daily limit, as Salesforce last reported them; null if unknown
 * @param error what stopped the sync, or null when it finished
 */
public record SyncReport(
        SyncStatus status,
        LocalDate asOf,
        boolean dryRun,
        Instant startedAt,
        Duration duration,
        int accountsPulled,
        int opportunitiesPulled,
        int opportunitiesWithoutAccount,
        int accountsChanged,
        int accountsWritten,
        List<WriteFailure> failures,
        Map<Tier, Integer> tierDistribution,
        Map<TierSyncField, Integer> fieldChanges,
        List<FieldChange> sampleChanges,
        int plannedWriteCalls,
        Map<String, Integer> segmentDistribution,
        int upsellCandidates,
        List<AccountOutcome> examples,
        int apiCalls,
        int lockRetries,
        Map<String, Duration> phases,
        PullSummary pull,
        boolean bulkWrite,
        ApiUsage apiUsage,
        String error) {

    public SyncReport {
        failures = List.copyOf(failures);
        EnumMap<Tier, Integer> counts = new EnumMap<>(Tier.class);
        counts.putAll(tierDistribution);
        tierDistribution = Collections.unmodifiableMap(counts);
        segmentDistribution = Collections.unmodifiableMap(new java.util.TreeMap<>(segmentDistribution));
        EnumMap<TierSyncField, Integer> fields = new EnumMap<>(TierSyncField.class);
        fields.putAll(fieldChanges);
        fieldChanges = Collections.unmodifiableMap(fields);
        sampleChanges = List.copyOf(sampleChanges);
        phases = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
        examples = List.copyOf(examples);
    }
}
