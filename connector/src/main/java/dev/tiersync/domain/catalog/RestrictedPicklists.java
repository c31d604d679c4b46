package dev.tiersync.domain.catalog;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldKind;
import dev.tiersync.domain.segments.SegmentDefinition;
import java.util.List;

/**
 * The values each restricted picklist of TierSync's holds: exactly those the rules can produce. An enum's
 * picklist holds the enum's values; Segment__c holds the names of the segments in the rules.
 */
public final class RestrictedPicklists {

    private RestrictedPicklists() {
    }

    /** The values, in display order; empty for a field that is not one of TierSync's restricted picklists. */
    public static List<String> values(Field<?> field, SegmentationConfig rules) {
        if (field.type().kind() != FieldKind.PICKLIST || !field.isCustom()) {
            return List.of();
        }
        if (field == AccountFields.SEGMENT) {
            return rules.segments().segments().stream().map(SegmentDefinition::name).toList();
        }
        return field.type().enumValues().orElseThrow(() -> new IllegalStateException(field
                + " is a picklist of TierSync's but neither an enum's nor the segments'"));
    }
}
