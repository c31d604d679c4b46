package dev.tiersync.emulator;

import dev.tiersync.emulator.store.SalesforceIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MoreOperationsTest {

    private EmulatedOrg org;
    private PartnerConnection connection;

    @BeforeEach
    void start() throws ConnectionException {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(30, 2, LocalDate.of(2025, 1, 1)))
                .withClock(Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC)));
        connection = ForceWsc.connect(org);
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void describeSObjectGivesStandardAndCustomFieldsWithTypesLengthsAndPicklists() throws ConnectionException {
        DescribeSObjectResult account = connection.describeSObject("Account");
        Map<String, Field> fields = Arrays.stream(account.getFields()).collect(Collectors.toMap(Field::getName, Function.identity()));

        assertThat(account.getKeyPrefix()).isEqualTo("001");
        assertThat(account.getChildRelationships()).extracting(r -> r.getRelationshipName()).containsExactly("Opportunities");
        assertThat(fields.get("Id").getType()).isEqualTo(FieldType.id);
        assertThat(fields.get("Name").getLength()).isEqualTo(255);
        assertThat(fields.get("BillingCountry").getLength()).isEqualTo(80);
        assertThat(fields.get("ParentId").getReferenceTo()).containsExactly("Account");
        Field tier = fields.get("Tier__c");
        assertThat(tier.getType()).isEqualTo(FieldType.picklist);
        assertThat(tier.isCustom()).isTrue();
        assertThat(tier.isRestrictedPicklist()).isTrue();
        assertThat(tier.getPicklistValues()).extracting(p -> p.getValue()).containsExactly("A", "B", "C", "D", "New", "Prospect");
        assertThat(fields.get("Value_Score__c").getPrecision()).isEqualTo(4);
        assertThat(fields.get("Value_Score__c").getScale()).isEqualTo(1);
        assertThat(fields.get("Segment_Reasons__c").getLength()).isEqualTo(255);
        assertThat(fields.get("Upsell_Candidate__c").getType()).isEqualTo(FieldType._boolean);
        assertThat(fields.get("SystemModstamp").isUpdateable()).isFalse();
    }

    @Test
    void describeSObjectsAndDescribeGlobalListTheObjects() throws ConnectionException {
        DescribeSObjectResult[] several = connection.describeSObjects(new String[] {"Opportunity", "User"});
        DescribeGlobalResult global = connection.describeGlobal();

        assertThat(several).extracting(DescribeSObjectResult::getName).containsExactly("Opportunity", "User");
        assertThat(global.getSobjects()).extracting(s -> s.getName()).contains("Account", "Opportunity", "User");
        assertThatThrownBy(() -> connection.describeSObject("Acount")).isInstanceOf(InvalidSObjectFault.class);
    }

    @Test
    void createdRecordsGetChecksummedIdsAndMissingRequiredFieldsAreRefused() throws ConnectionException {
        SObject good = new SObject("Account");
        good.setField("Name", "Fresh Co");
        SObject noName = new SObject("Account");
        noName.setField("Industry", "Energy");

        SaveResult[] results = connection.create(new SObject[] {good, noName});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).hasSize(18).startsWith("001");
        assertThat(dev.tiersync.emulator.store.SalesforceIds.withChecksum(results[0].getId().substring(0, 15))).isEqualTo(results[0].getId());
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
        assertThat(org.store().find(results[0].getId()).orElseThrow().get("Name")).isEqualTo("Fresh Co");
    }

    @Test
    void deletedRecordsLeaveQueryButStayInQueryAll() throws ConnectionException {
        String id = org.store().records("Account").get(0).id();

        DeleteResult[] deleted = connection.delete(new String[] {id, id});

        assertThat(deleted[0].isSuccess()).isTrue();
        assertThat(deleted[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.ENTITY_IS_DELETED);
        assertThat(connection.query("SELECT Id FROM Account WHERE Id = '" + id + "'").getSize()).isZero();
        SObject gone = connection.queryAll("SELECT Id, IsDeleted FROM Account WHERE Id = '" + id + "'").getRecords()[0];
        assertThat(gone.getField("IsDeleted")).isEqualTo("true");
    }

    @Test
    void withAllOrNoneOneBadRecordRollsBackTheWholeCall() throws ConnectionException {
        String first = org.store().records("Account").get(0).id();
        String second = org.store().records("Account").get(1).id();
        connection.setAllOrNoneHeader(true);

        SaveResult[] results = connection.update(new SObject[] {tier(first, "A"), tier(second, "Platinum")});

        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.ALL_OR_NONE_OPERATION_ROLLED_BACK);
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        assertThat(org.store().find(first).orElseThrow().get("Tier__c")).isNull();
    }

    @Test
    void numbersAreRoundedToTheirScaleAndRefusedBeyondTheirPrecision() throws ConnectionException {
        String id = org.store().records("Account").get(0).id();
        SObject fits = new SObject("Account");
        fits.setId(id);
        fits.setField("Value_Score__c", 87.46);
        SObject tooBig = new SObject("Account");
        tooBig.setId(id);
        tooBig.setField("Value_Score__c", 1234.5);

        SaveResult[] results = connection.update(new SObject[] {fits, tooBig});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(org.store().find(id).orElseThrow().get("Value_Score__c")).isEqualTo("87.5");
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.NUMBER_OUTSIDE_VALID_RANGE);
    }

    @Test
    void theServerTimestampIsTheOrgsClock() throws ConnectionException {
        assertThat(connection.getServerTimestamp().getTimestamp().toInstant()).isEqualTo(Instant.parse("2025-01-01T12:00:00Z"));
    }

    private static SObject tier(String id, String tier) {
        SObject record = new SObject("Account");
        record.setId(id);
        record.setField("Tier__c", tier);
        return record;
    }
}
