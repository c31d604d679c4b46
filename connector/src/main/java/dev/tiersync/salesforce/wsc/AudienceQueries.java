package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.salesforce.CampaignMembership;
import dev.tiersync.salesforce.ContactLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The SOQL behind {@link dev.tiersync.salesforce.AudienceReader}, through a query that reads every page. */
final class AudienceQueries {

    /** Ids per {@code IN (...)} list, well inside SOQL's statement length. */
    static final int IN_LIST = 200;

    private final BiFunction<String, String, List<SObject>> query;

    /** @param query runs an action's SOQL and returns every record of every page */
    AudienceQueries(BiFunction<String, String, List<SObject>> query) {
        this.query = query;
    }

    List<ContactLink> contacts() {
        List<ContactLink> links = new ArrayList<>();
        for (SObject contact : query.apply("query Contact", "SELECT Id, AccountId FROM Contact WHERE AccountId != null")) {
            links.add(new ContactLink(contact.getId(), (String) contact.getField("AccountId")));
        }
        return links;
    }

    Set<String> contactsWithRole(String role) {
        Set<String> contacts = new HashSet<>();
        for (SObject ocr : query.apply("query OpportunityContactRole", "SELECT ContactId FROM OpportunityContactRole WHERE Role = "
                + quoted(role))) {
            contacts.add((String) ocr.getField("ContactId"));
        }
        return contacts;
    }

    Map<String, String> campaignIds(Collection<String> names) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (List<String> part : parts(names)) {
            for (SObject campaign : query.apply("query Campaign", "SELECT Id, Name FROM Campaign WHERE Name IN " + in(part))) {
                ids.putIfAbsent((String) campaign.getField("Name"), campaign.getId());
            }
        }
        return ids;
    }

    List<CampaignMembership> members(Collection<String> campaignIds) {
        List<CampaignMembership> members = new ArrayList<>();
        for (List<String> part : parts(campaignIds)) {
            for (SObject member : query.apply("query CampaignMember", "SELECT Id, CampaignId, ContactId FROM CampaignMember "
                    + "WHERE ContactId != null AND CampaignId IN " + in(part))) {
                members.add(new CampaignMembership(member.getId(), (String) member.getField("CampaignId"),
                        (String) member.getField("ContactId")));
            }
        }
        return members;
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            parts.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return parts;
    }

    private static String in(List<String> values) {
        return values.stream().map(AudienceQueries::quoted).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A SOQL string literal: quotes and backslashes escaped. */
    static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
