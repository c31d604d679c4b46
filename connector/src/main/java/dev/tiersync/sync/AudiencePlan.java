package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.CampaignFields;
import dev.tiersync.domain.catalog.CampaignMemberFields;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.segments.Audience;
import dev.tiersync.domain.segments.Audiences;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.AudienceReader;
import dev.tiersync.salesforce.CampaignMembership;
import dev.tiersync.salesforce.ContactLink;
import dev.tiersync.salesforce.NewRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the campaign audiences need: for each segment the rules give a campaign, the contacts of the accounts in that
 * segment once this run's updates are written (only those with the rules' opportunity role, when they name one),
 * diffed against the campaign's members in the org. Campaigns the org lacks are created; members are added and
 * removed so the campaign holds exactly the audience. Read from the org each run, so a write the org refused is tried
 * again by the next run's diff.
 *
 * @param campaignsToCreate the names of the campaigns the org does not have yet
 * @param toAdd contacts to add, by campaign name
 * @param toRemove members to remove
 * @param existingMembers the members the campaigns hold now, for the brake
 */
record AudiencePlan(List<String> campaignsToCreate, Map<String, List<String>> toAdd, List<CampaignMembership> toRemove,
                    int existingMembers, Map<String, String> campaignIds) {

    static final AudiencePlan NONE = new AudiencePlan(List.of(), Map.of(), List.of(), 0, Map.of());

    static AudiencePlan of(Audiences audiences, AudienceReader org, OrgSnapshot snapshot, List<AccountUpdate> updates,
                           Iterable<String> accountIds) {
        if (audiences.isEmpty()) {
            return NONE;
        }
        Map<String, AccountUpdate> byAccount = new HashMap<>();
        updates.forEach(update -> byAccount.put(update.accountId(), update));
        Map<String, String> segmentOf = new HashMap<>();
        for (String id : accountIds) {
            Account account = snapshot.account(id);
            AccountUpdate update = byAccount.get(id);
            FieldValues after = update == null ? account.current() : update.appliedTo(account.current());
            segmentOf.put(id, after.get(AccountFields.SEGMENT));
        }
        List<ContactLink> contacts = org.contacts();
        List<String> names = audiences.all().stream().map(Audience::campaignName).toList();
        Map<String, String> campaignIds = org.campaignIds(names);
        Map<String, Map<String, CampaignMembership>> existing = new HashMap<>();
        List<CampaignMembership> members = org.members(campaignIds.values());
        for (CampaignMembership member : members) {
            existing.computeIfAbsent(member.campaignId(), id -> new LinkedHashMap<>()).putIfAbsent(member.contactId(), member);
        }
        List<String> create = new ArrayList<>();
        Map<String, List<String>> add = new LinkedHashMap<>();
        List<CampaignMembership> remove = new ArrayList<>();
        for (Audience audience : audiences.all()) {
            Set<String> withRole = audience.role().map(org::contactsWithRole).orElse(null);
            Set<String> wanted = new TreeSet<>();
            for (ContactLink contact : contacts) {
                if (audience.segment().equals(segmentOf.get(contact.accountId()))
                        && (withRole == null || withRole.contains(contact.contactId()))) {
                    wanted.add(contact.contactId());
                }
            }
            String campaignId = campaignIds.get(audience.campaignName());
            if (campaignId == null) {
                create.add(audience.campaignName());
            }
            Map<String, CampaignMembership> held = campaignId == null ? Map.of() : existing.getOrDefault(campaignId, Map.of());
            List<String> adding = wanted.stream().filter(contact -> !held.containsKey(contact)).toList();
            if (!adding.isEmpty()) {
                add.put(audience.campaignName(), adding);
            }
            held.values().stream().filter(member -> !wanted.contains(member.contactId())).forEach(remove::add);
        }
        return new AudiencePlan(List.copyOf(create), add, List.copyOf(remove), members.size(), Map.copyOf(campaignIds));
    }

    int changes() {
        return toAdd.values().stream().mapToInt(List::size).sum() + toRemove.size();
    }

    /** The campaigns to create, as new records. */
    List<NewRecord> campaigns() {
        return campaignsToCreate.stream().map(name -> new NewRecord(CampaignFields.ALL, FieldValues.builder()
                .set(CampaignFields.NAME, name)
                .set(CampaignFields.IS_ACTIVE, true)
                .set(CampaignFields.DESCRIPTION, "Kept by TierSync: the contacts of the accounts in the segment "
                        + name.substring(Audience.CAMPAIGN_PREFIX.length()) + ". Members are added and removed by each sync.")
                .build(), name)).toList();
    }

    /** The members to add, given the ids of every campaign (those just created included). */
    List<NewRecord> members(Map<String, String> idsByName) {
        List<NewRecord> records = new ArrayList<>();
        toAdd.forEach((name, contacts) -> {
            String campaignId = idsByName.get(name);
            if (campaignId == null) {
                return; // the campaign could not be created: its failure is reported, its members wait for the next run
            }
            contacts.forEach(contact -> records.add(new NewRecord(CampaignMemberFields.ALL, FieldValues.builder()
                    .set(CampaignMemberFields.CAMPAIGN_ID, campaignId)
                    .set(CampaignMemberFields.CONTACT_ID, contact)
                    .build(), contact)));
        });
        return records;
    }

    List<PlannedRecord> listedCreates() {
        List<PlannedRecord> listed = new ArrayList<>();
        campaignsToCreate.forEach(name -> listed.add(new PlannedRecord(CampaignFields.ALL.object(), name, "a campaign of its own")));
        toAdd.forEach((name, contacts) -> contacts.forEach(contact -> listed.add(new PlannedRecord(
                CampaignMemberFields.ALL.object(), contact, "joins " + name))));
        return listed;
    }

    List<PlannedRecord> listedDeletes() {
        Map<String, String> names = new HashMap<>();
        campaignIds.forEach((name, id) -> names.put(id, name));
        return toRemove.stream().map(member -> new PlannedRecord(CampaignMemberFields.ALL.object(), member.id(),
                "contact " + member.contactId() + " leaves " + names.getOrDefault(member.campaignId(), member.campaignId()))).toList();
    }

    List<String> removedIds() {
        return toRemove.stream().map(CampaignMembership::id).toList();
    }

    /** Names whose campaigns the org has, by name; for {@link #members} after the missing ones are created. */
    Set<String> names() {
        Set<String> all = new LinkedHashSet<>(campaignIds.keySet());
        all.addAll(campaignsToCreate);
        return all;
    }
}
