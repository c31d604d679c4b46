package dev.tiersync.salesforce;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what campaign audiences are made of: contacts, their opportunity roles, campaigns and their members. */
public interface AudienceReader {

    /** Every live contact that works for an account. */
    List<ContactLink> contacts();

    /** The contacts that hold this role on at least one opportunity. */
    Set<String> contactsWithRole(String role);

    /** The ids of the campaigns with these names, by name; a name no campaign has is left out. */
    Map<String, String> campaignIds(Collection<String> names);

    /** The contact members of these campaigns. */
    List<CampaignMembership> members(Collection<String> campaignIds);
}
