package dev.tiersync.scheduler.config;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.WritePolicy;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How syncs pull and write, under {@code tiersync.sync.*}; every key is optional and defaults to
 * {@link SyncSettings#defaults()}. Checked when bound: a bad value stops start-up naming the key.
 *
 * @param writePolicies when TierSync may write each of its fields, by field name ({@code segment}) or API
 *     name ({@code Segment__c}): {@code always}, {@code only-if-blank} or {@code never}
 * @param segmentChanges the Segment_Change__c records the sync creates ({@code segment-changes.retention}: how long
 *     they are kept, a period such as {@code P2Y}; unset keeps them all)
 * @param apiReserveShare {@code api-reserve-share}: the share of the org's daily API limit left for its other
 *     integrations; a run stops as deferred once the org's remaining requests are down to it (default 0.05)
 * @param pullStreams {@code pull-streams}: the most query cursors a full pull of one object runs at once (default 3)
 * @param pullObjectsAtOnce {@code pull-objects-at-once}: how many objects a pull brings at the same time (default 3)
 */
@ConfigurationProperties("tiersync.sync")
public record SyncProperties(Integer writeChunkSize, Double brakeShare, Double apiBudgetShare,
                             Map<String, WritePolicy> writePolicies, Integer bulkWriteThreshold, Integer bulkPullThreshold,
                             Duration pullOverlap, Duration fullPullEvery, Double valueScoreTolerance,
                             SegmentChanges segmentChanges, Double apiReserveShare, Integer pullStreams,
                             Integer pullObjectsAtOnce) {

    /** {@code tiersync.sync.segment-changes.*}. */
    public record SegmentChanges(java.time.Period retention) {
    }

    public SyncProperties {
        toSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, bulkWriteThreshold, bulkPullThreshold,
                pullOverlap, fullPullEvery, valueScoreTolerance, segmentChanges, apiReserveShare, pullStreams,
                pullObjectsAtOnce);
    }

    public SyncSettings toSettings() {
        return toSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, bulkWriteThreshold, bulkPullThreshold,
                pullOverlap, fullPullEvery, valueScoreTolerance, segmentChanges, apiReserveShare, pullStreams,
                pullObjectsAtOnce);
    }

    private static SyncSettings toSettings(Integer writeChunkSize, Double brakeShare, Double apiBudgetShare,
                                           Map<String, WritePolicy> writePolicies, Integer bulkWriteThreshold,
                                           Integer bulkPullThreshold, Duration pullOverlap, Duration fullPullEvery,
                                           Double valueScoreTolerance, SegmentChanges segmentChanges,
                                           Double apiReserveShare, Integer pullStreams,
                                           Integer pullObjectsAtOnce) {
        SyncSettings defaults = SyncSettings.defaults();
        SyncSettings.Builder settings = defaults.toBuilder();
        if (writeChunkSize != null) {
            settings.writeChunkSize(writeChunkSize);
        }
        if (brakeShare != null) {
            settings.brakeShare(brakeShare);
        }
        if (apiBudgetShare != null) {
            settings.apiBudgetShare(apiBudgetShare);
        }
        if (apiReserveShare != null) {
            settings.apiReserveShare(apiReserveShare);
        }
        if (pullStreams != null) {
            settings.pullStreams(pullStreams);
        }
        if (pullObjectsAtOnce != null) {
            settings.pullObjectsAtOnce(pullObjectsAtOnce);
        }
        settings.bulkThresholds(bulkWriteThreshold == null ? defaults.bulkWriteThreshold() : bulkWriteThreshold,
                bulkPullThreshold == null ? defaults.bulkPullThreshold() : bulkPullThreshold);
        settings.incremental(pullOverlap == null ? defaults.pullOverlap() : pullOverlap,
                fullPullEvery == null ? defaults.fullPullEvery() : fullPullEvery);
        if (valueScoreTolerance != null) {
            settings.valueScoreTolerance(valueScoreTolerance);
        }
        if (segmentChanges != null) {
            settings.segmentChangeRetention(segmentChanges.retention());
        }
        if (writePolicies != null) {
            writePolicies.forEach((name, policy) -> settings.writePolicy(field(name), policy));
        }
        return settings.build();
    }

    private static Field<?> field(String name) {
        return AccountFields.ALL.find(name.replace('-', '_')).filter(field -> field.role() == FieldRole.COMPUTED)
                .orElseThrow(() -> new IllegalArgumentException("tiersync.sync.write-policies." + name + " names no field "
                        + "TierSync writes; use one of " + AccountFields.ALL.withRole(FieldRole.COMPUTED).stream()
                        .map(Field::apiName).collect(Collectors.joining(", "))));
    }
}
