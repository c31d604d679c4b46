package dev.tiersync.salesforce;

import java.util.Objects;

/** A CampaignMember record: which contact is in which campaign. */
public record CampaignMembership(String id, String campaignId, String contactId) {

    public CampaignMembership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(contactId, "contactId");
    }
}
