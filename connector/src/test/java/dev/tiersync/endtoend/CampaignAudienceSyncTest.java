package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.segments.Audience;
import dev.tiersync.domain.segments.Audiences;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.PlannedRecord;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Campaign audiences through force-wsc against an emulated org: a campaign per chosen segment, its members following it. */
class CampaignAudienceSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");
    private static final String SEGMENT = "Strategic Enterprise";
    private static final String CAMPAIGN = "TierSync: " + SEGMENT;

    private EmulatedOrg org;
    private OrgAccess credentials;
    private PartnerConnection user;
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();
    /** Each contact's account. */
    private final Map<String, String> accountOf = new HashMap<>();

    @BeforeEach
    void startOrg() throws ConnectionException {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(160, 7, AS_OF)));
        credentials = SyncHarness.credentials(org);
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        user = Connector.newConnection(config);
        List<SObject> contacts = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (StoredRecord account : org.store().records("Account")) {
            for (String name : List.of("Buyer", "User")) {
                SObject contact = new SObject("Contact");
                contact.setField("AccountId", account.id());
                contact.setField("LastName", name + " at " + account.id());
                contacts.add(contact);
                accounts.add(account.id());
            }
        }
        List<String> ids = create(contacts);
        for (int i = 0; i < ids.size(); i++) {
            accountOf.put(ids.get(i), accounts.get(i));
        }
    }

    @AfterEach
    void stopOrg() {
        org.close();
    }

    @Test
    void theCampaignHoldsExactlyTheContactsOfTheSegmentsAccountsAndFollowsAccountsInAndOut() {
        SyncReport first = job(NOW, Audiences.of(SEGMENT)).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(first.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(org.store().records("Campaign")).singleElement()
                .satisfies(campaign -> assertThat(campaign.get("Name")).isEqualTo(CAMPAIGN));
        Set<String> inSegment = accountsIn(SEGMENT);
        assertThat(inSegment).as("the generated org has accounts in " + SEGMENT).isNotEmpty();
        assertThat(members()).isEqualTo(contactsOf(inSegment));

        String leaving = inSegment.iterator().next();
        String joining = accountsIn("Core").iterator().next();
        org.store().put("Account", leaving, "NumberOfEmployees", "3");
        org.store().put("Account", joining, "NumberOfEmployees", "90000");
        SyncReport second = job(NOW.plusSeconds(3600), Audiences.of(SEGMENT)).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(accountsIn(SEGMENT)).doesNotContain(leaving).contains(joining);
        assertThat(members()).isEqualTo(contactsOf(accountsIn(SEGMENT)));
        assertThat(members()).containsAll(contactsOf(Set.of(joining))).doesNotContainAnyElementsOf(contactsOf(Set.of(leaving)));
        assertThat(org.store().count("Campaign")).as("the campaign is kept, not made again").isEqualTo(1);
    }

    @Test
    void aDryRunListsTheCampaignAndMembersItWouldCreateAndTheMembersItWouldRemoveAndWritesNone() {
        job(NOW, Audiences.of(SEGMENT)).run(credentials, new SyncRequest(AS_OF, false));

        SyncReport fresh = job(NOW, Audiences.of("Core")).run(credentials, new SyncRequest(AS_OF, true));

        assertThat(fresh.records().toCreate()).filteredOn(planned -> planned.object().equals("Campaign"))
                .extracting(PlannedRecord::subjectId).containsExactly("TierSync: Core");
        assertThat(fresh.records().toCreate()).filteredOn(planned -> planned.object().equals("CampaignMember"))
                .extracting(PlannedRecord::subjectId).containsExactlyInAnyOrderElementsOf(contactsOf(accountsIn("Core")));
        assertThat(org.store().records("Campaign")).extracting(r -> r.get("Name")).containsExactly(CAMPAIGN);

        String leaving = accountsIn(SEGMENT).iterator().next();
        org.store().put("Account", leaving, "NumberOfEmployees", "3");
        int members = org.store().count("CampaignMember");
        SyncReport dry = job(NOW.plusSeconds(3600), Audiences.of(SEGMENT)).run(credentials, new SyncRequest(AS_OF, true));

        assertThat(dry.records().toDelete()).filteredOn(planned -> planned.object().equals("CampaignMember"))
                .extracting(PlannedRecord::summary)
                .containsExactlyInAnyOrderElementsOf(contactsOf(Set.of(leaving)).stream()
                        .map(contact -> "contact " + contact + " leaves " + CAMPAIGN).toList());
        assertThat(org.store().count("CampaignMember")).isEqualTo(members);
    }

    @Test
    void aRoleTheRulesNameKeepsOnlyTheContactsWhoHoldIt() throws ConnectionException {
        job(NOW, Audiences.NONE).run(credentials, new SyncRequest(AS_OF, false));
        Set<String> inSegment = accountsIn(SEGMENT);
        List<SObject> roles = new ArrayList<>();
        Set<String> deciders = new java.util.TreeSet<>();
        for (StoredRecord opportunity : org.store().records("Opportunity")) {
            String account = opportunity.get("AccountId");
            if (inSegment.contains(account) && deciders.stream().noneMatch(c -> accountOf.get(c).equals(account))) {
                String buyer = contactsOf(Set.of(account)).iterator().next();
                SObject role = new SObject("OpportunityContactRole");
                role.setField("OpportunityId", opportunity.id());
                role.setField("ContactId", buyer);
                role.setField("Role", "Decision Maker");
                roles.add(role);
                deciders.add(buyer);
            }
        }
        create(roles);

        SyncReport report = job(NOW.plusSeconds(3600), new Audiences(List.of(new Audience(SEGMENT, "Decision Maker"))))
                .run(credentials, new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(deciders).isNotEmpty();
        assertThat(members()).isEqualTo(deciders);
    }

    @Test
    void removingMoreMembersThanTheBrakeAllowsWritesNothingUntilForced() {
        job(NOW, Audiences.of(SEGMENT)).run(credentials, new SyncRequest(AS_OF, false));
        Set<String> before = members();
        accountsIn(SEGMENT).forEach(account -> org.store().put("Account", account, "NumberOfEmployees", "3"));

        SyncReport braked = job(NOW.plusSeconds(3600), Audiences.of(SEGMENT), SyncSettings.custom().brakeShare(0.99).build())
                .run(credentials, new SyncRequest(AS_OF, false));
        assertThat(braked.status()).isEqualTo(SyncStatus.BRAKED);
        assertThat(braked.run().error()).contains("campaign members");
        assertThat(members()).isEqualTo(before);

        SyncReport forced = job(NOW.plusSeconds(7200), Audiences.of(SEGMENT), SyncSettings.custom().brakeShare(0.99).build())
                .run(credentials, new SyncRequest(AS_OF, false, true));
        assertThat(forced.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(members()).isEqualTo(contactsOf(accountsIn(SEGMENT)));
    }

    private SyncJob job(Instant now, Audiences audiences) {
        return job(now, audiences, SyncSettings.defaults());
    }

    private SyncJob job(Instant now, Audiences audiences, SyncSettings settings) {
        return new SyncJob(SyncHarness.connector(dev.tiersync.salesforce.wsc.WscSettings.defaults()),
                new Segmenter(SegmentationConfig.defaults().withAudiences(audiences)), Clock.fixed(now, ZoneOffset.UTC), settings,
                store);
    }

    /** The accounts whose Segment__c the org holds is this segment. */
    private Set<String> accountsIn(String segment) {
        return org.store().records("Account").stream().filter(account -> segment.equals(account.get("Segment__c")))
                .map(StoredRecord::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Set<String> contactsOf(Set<String> accounts) {
        return accountOf.entrySet().stream().filter(entry -> accounts.contains(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The contacts the live members of the TierSync campaign name. */
    private Set<String> members() {
        String campaign = org.store().records("Campaign").stream().filter(c -> CAMPAIGN.equals(c.get("Name")))
                .map(StoredRecord::id).findFirst().orElseThrow();
        return org.store().records("CampaignMember").stream()
                .filter(member -> campaign.equals(member.get("CampaignId")) && !"true".equals(member.get("IsDeleted")))
                .map(member -> member.get("ContactId")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private List<String> create(List<SObject> records) throws ConnectionException {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < records.size(); from += 200) {
            for (SaveResult saved : user.create(records.subList(from, Math.min(records.size(), from + 200)).toArray(SObject[]::new))) {
                assertThat(saved.isSuccess()).as(() -> saved.getErrors()[0].getMessage()).isTrue();
                ids.add(saved.getId());
            }
        }
        return ids;
    }
}
