package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.COMPUTED;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;

/** The Campaign fields TierSync sets when it creates a segment's campaign ({@code TierSync: <segment>}). */
public final class CampaignFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Campaign");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> NAME = FIELDS.add("NAME", "Name", FieldType.text(80), COMPUTED, null);
    public static final Field<Boolean> IS_ACTIVE = FIELDS.add("IS_ACTIVE", "IsActive", FieldType.checkbox(), COMPUTED, null);
    public static final Field<String> DESCRIPTION = FIELDS.add("DESCRIPTION", "Description", FieldType.text(32_000), COMPUTED,
            null);

    public static final FieldSet ALL = FIELDS.build();

    private CampaignFields() {
    }
}
