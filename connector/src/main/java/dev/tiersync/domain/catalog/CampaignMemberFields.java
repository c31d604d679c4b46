package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.COMPUTED;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;

/** The CampaignMember fields TierSync reads and sets: which contact is in which of its campaigns. */
public final class CampaignMemberFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("CampaignMember");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> CAMPAIGN_ID = FIELDS.add("CAMPAIGN_ID", "CampaignId", FieldType.reference(), COMPUTED, null);
    public static final Field<String> CONTACT_ID = FIELDS.add("CONTACT_ID", "ContactId", FieldType.reference(), COMPUTED, null);

    public static final FieldSet ALL = FIELDS.build();

    private CampaignMemberFields() {
    }
}
