package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private EmulatedOrg org;
    private PartnerConnection connection;
    private String firstId;
    private String secondId;

    @BeforeEach
    void start() throws ConnectionException {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(250, 4, LocalDate.of(2025, 3, 1)))
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        connection = ForceWsc.connect(org);
        firstId = org.store().records("Account").get(0).id();
        secondId = org.store().records("Account").get(1).id();
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void anUpdatedValueReadsBackAndSystemModstampAdvances() throws ConnectionException {
        String before = org.store().find(firstId).orElseThrow().get("SystemModstamp");

        SaveResult[] results = connection.update(new SObject[] {tier(firstId, "A")});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).isEqualTo(firstId);
        SObject read = connection.query("SELECT Id, Tier__c, SystemModstamp FROM Account WHERE Id = '" + firstId + "'").getRecords()[0];
        assertThat(read.getField("Tier__c")).isEqualTo("A");
        assertThat((String) read.getField("SystemModstamp")).isNotEqualTo(before).startsWith("2025-03-01T12:00:00");
    }

    @Test
    void everyWriteMovesSystemModstampForwardEvenWithinOneMillisecond() throws ConnectionException {
        connection.update(new SObject[] {tier(firstId, "A")});
        String first = org.store().find(firstId).orElseThrow().get("SystemModstamp");
        connection.update(new SObject[] {tier(firstId, "B")});

        assertThat(org.store().find(firstId).orElseThrow().get("SystemModstamp")).isGreaterThan(first);
    }

    @Test
    void dateTimesAreStoredInSalesforcesUtcFormat() throws ConnectionException {
        SObject record = new SObject("Account");
        record.setId(firstId);
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("Europe/Berlin"));
        at.setTime(Date.from(Instant.parse("2025-02-03T04:05:06.789Z")));
        record.setField("Segments_Updated_At__c", at);

        assertThat(connection.update(new SObject[] {record})[0].isSuccess()).isTrue();
        assertThat(org.store().find(firstId).orElseThrow().get("Segments_Updated_At__c")).isEqualTo("2025-02-03T04:05:06.789Z");
    }

    @Test
    void aValueOutsideARestrictedPicklistIsRefusedAndTheOtherRecordsAreWritten() throws ConnectionException {
        SaveResult[] results = connection.update(new SObject[] {tier(firstId, "Tier 1"), tier(secondId, "B")});

        assertThat(results[0].isSuccess()).isFalse();
        assertThat(results[0].getId()).isNull();
        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        assertThat(results[0].getErrors()[0].getFields()).containsExactly("Tier__c");
        assertThat(results[1].isSuccess()).isTrue();
        assertThat(org.store().find(firstId).orElseThrow().get("Tier__c")).isNull();
        assertThat(org.store().find(secondId).orElseThrow().get("Tier__c")).isEqualTo("B");
    }

    @Test
    void aPicklistDeployedWithOtherValuesTakesThoseAndRefusesTheProjectsOwn() throws ConnectionException {
        try (EmulatedOrg custom = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(3, 4, LocalDate.of(2025, 3, 1)))
                .withPicklistValues("Account", "Segment__c", java.util.List.of("Competitor CRM", "Everyone Else")))) {
            PartnerConnection session = ForceWsc.connect(custom);
            String id = custom.store().records("Account").get(0).id();
            SObject competitor = new SObject("Account");
            competitor.setId(id);
            competitor.setField("Segment__c", "Competitor CRM");
            SObject shipped = new SObject("Account");
            shipped.setId(custom.store().records("Account").get(1).id());
            shipped.setField("Segment__c", "Long Tail");

            SaveResult[] results = session.update(new SObject[] {competitor, shipped});

            assertThat(results[0].isSuccess()).isTrue();
            assertThat(custom.store().find(id).orElseThrow().get("Segment__c")).isEqualTo("Competitor CRM");
            assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        }
        assertThatThrownBy(() -> EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(1, 4, LocalDate.of(2025, 3, 1)))
                .withPicklistValues("Account", "Name", java.util.List.of("x")))).hasMessage("Account has no picklist Name");
    }

    @Test
    void fieldsToNullClearsAValue() throws ConnectionException {
        connection.update(new SObject[] {tier(firstId, "C")});
        SObject clear = new SObject("Account");
        clear.setId(firstId);
        clear.setFieldsToNull(new String[] {"Tier__c"});

        assertThat(connection.update(new SObject[] {clear})[0].isSuccess()).isTrue();
        assertThat(org.store().find(firstId).orElseThrow().get("Tier__c")).isNull();
    }

    @Test
    void moreThanTwoHundredRecordsFailTheWholeCall() {
        SObject[] records = IntStream.range(0, 201)
                .mapToObj(i -> tier(org.store().records("Account").get(i).id(), "A")).toArray(SObject[]::new);

        assertThatThrownBy(() -> connection.update(records))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class,
                        fault -> assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.EXCEEDED_ID_LIMIT));
        assertThat(org.store().records("Account")).allSatisfy(a -> assertThat(a.get("Tier__c")).isNull());
    }

    @Test
    void readOnlyUnknownAndMistypedFieldsAndUnknownIdsAreRefusedPerRecord() throws ConnectionException {
        SObject readOnly = new SObject("Account");
        readOnly.setId(firstId);
        readOnly.setField("CreatedDate", "2020-01-01T00:00:00.000Z");
        SObject unknownField = new SObject("Account");
        unknownField.setId(firstId);
        unknownField.setField("Tier", "A");
        SObject badDate = new SObject("Account");
        badDate.setId(firstId);
        badDate.setField("Segments_Updated_At__c", "yesterday");
        SObject unknownId = tier("001000000000999AAA", "A");

        SaveResult[] results = connection.update(new SObject[] {readOnly, unknownField, badDate, unknownId});

        assertThat(results).extracting(r -> r.getErrors()[0].getStatusCode()).containsExactly(
                StatusCode.INVALID_FIELD_FOR_INSERT_UPDATE, StatusCode.INVALID_FIELD,
                StatusCode.INVALID_TYPE_ON_FIELD_IN_RECORD, StatusCode.INVALID_CROSS_REFERENCE_KEY);
    }

    @Test
    void aTestCanChangeAValueAsAUserWould() {
        org.store().put("Account", firstId, "Tier__c", "D");

        assertThat(org.store().find(firstId).orElseThrow().get("Tier__c")).isEqualTo("D");
        assertThatThrownBy(() -> org.store().put("Account", firstId, "NoSuchField", "x"))
                .hasMessageContaining("No such column 'NoSuchField'");
    }

    private static SObject tier(String id, String tier) {
        SObject record = new SObject("Account");
        record.setId(id);
        record.setField("Tier__c", tier);
        return record;
    }
}
