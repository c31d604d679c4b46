package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The custom objects of the salesforce-metadata project (Segment_Change__c): described, created through SOAP and Bulk. */
class CustomObjectTest {

    private EmulatedOrg org;
    private PartnerConnection connection;
    private String account;

    @BeforeEach
    void start() throws Exception {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 1, LocalDate.of(2025, 1, 1))));
        connection = ForceWsc.connect(org);
        account = org.store().records("Account").get(0).id();
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void theObjectIsDescribedFromTheMetadataProjectWithItsMasterDetailAndUniqueKey() throws Exception {
        DescribeSObjectResult change = connection.describeSObject("Segment_Change__c");
        Map<String, Field> fields = Arrays.stream(change.getFields()).collect(Collectors.toMap(Field::getName, Function.identity()));

        assertThat(change.getKeyPrefix()).startsWith("a");
        assertThat(fields).containsKeys("Id", "Name", "CreatedDate", "SystemModstamp", "Account__c", "From_Tier__c", "To_Tier__c",
                "Segment__c", "Churn_Risk__c", "Upsell_Candidate__c", "Reasons__c", "Changed_On__c", "Run_Id__c", "Change_Key__c");
        assertThat(fields.get("Account__c").getType()).isEqualTo(FieldType.reference);
        assertThat(fields.get("Account__c").getReferenceTo()).containsExactly("Account");
        assertThat(fields.get("Account__c").isNillable()).isFalse();
        assertThat(fields.get("To_Tier__c").getPicklistValues()).extracting(p -> p.getValue())
                .containsExactly("A", "B", "C", "D", "New", "Prospect");
        assertThat(fields.get("Changed_On__c").getType()).isEqualTo(FieldType.date);
    }

    @Test
    void aCreateNeedsItsMasterAndASecondRecordWithTheSameKeyIsRefusedAsADuplicate() throws Exception {
        SaveResult[] saved = connection.create(new SObject[] {change(account, "K-1"), change(null, "K-2"), change(account, "k-1")});

        assertThat(saved[0].isSuccess()).isTrue();
        assertThat(saved[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
        assertThat(saved[2].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.DUPLICATE_VALUE);
        assertThat(saved[2].getErrors()[0].getMessage()).contains(saved[0].getId());
        assertThat(org.store().records("Segment_Change__c")).singleElement()
                .satisfies(record -> assertThat(record.get("Name")).isNotBlank());
        assertThat(connection.query("SELECT Id, To_Tier__c FROM Segment_Change__c WHERE Account__c = '" + account + "'")
                .getSize()).isEqualTo(1);
    }

    @Test
    void aDeletedRecordsKeyIsFreeAgainAndAnUpdatedKeyIsTakenAtOnce() throws Exception {
        SaveResult[] first = connection.create(new SObject[] {change(account, "K-1"), change(account, "K-2")});
        connection.delete(new String[] {first[0].getId()});
        SObject renamed = new SObject("Segment_Change__c");
        renamed.setId(first[1].getId());
        renamed.setField("Change_Key__c", "K-3");
        assertThat(connection.update(new SObject[] {renamed})[0].isSuccess()).isTrue();

        SaveResult[] again = connection.create(new SObject[] {change(account, "k-1"), change(account, "K-2"), change(account, "k-3")});

        assertThat(again[0].isSuccess()).as("the deleted record's key").isTrue();
        assertThat(again[1].isSuccess()).as("the key the update gave up").isTrue();
        assertThat(again[2].getErrors()[0].getStatusCode()).as("the key the update took").isEqualTo(StatusCode.DUPLICATE_VALUE);
        assertThat(again[2].getErrors()[0].getMessage()).contains(first[1].getId());
    }

    @Test
    void aBulkInsertCreatesEachRowAndRefusesADuplicateKeyRowByRow() throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(connection.getConfig().getSessionId());
        config.setRestEndpoint(org.bulkEndpoint());
        BulkConnection bulk = new BulkConnection(config);
        JobInfo info = new JobInfo();
        info.setObject("Segment_Change__c");
        info.setOperation(OperationEnum.insert);
        info.setContentType(ContentType.CSV);
        JobInfo job = bulk.createJob(info);
        String csv = "Account__c,To_Tier__c,Change_Key__c\n" + account + ",A,B-1\n" + account + ",B,B-2\n" + account + ",C,B-1\n";

        BatchInfo batch = bulk.createBatchFromStream(job, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        bulk.closeJob(job.getId());
        BatchInfo done = batch;
        for (int poll = 0; poll < 10 && (done.getState() == BatchStateEnum.Queued || done.getState() == BatchStateEnum.InProgress); poll++) {
            done = bulk.getBatchInfo(job.getId(), batch.getId());
        }
        List<CSVRecord> results;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new InputStreamReader(
                bulk.getBatchResultStream(job.getId(), batch.getId()), StandardCharsets.UTF_8))) {
            results = parser.getRecords();
        }

        assertThat(done.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(results).extracting(r -> r.get("Success")).containsExactly("true", "true", "false");
        assertThat(results).extracting(r -> r.get("Created")).containsExactly("true", "true", "false");
        assertThat(results.get(2).get("Error")).startsWith("DUPLICATE_VALUE:");
        assertThat(org.store().records("Segment_Change__c")).extracting(r -> r.get("To_Tier__c")).containsExactly("A", "B");
    }

    private static SObject change(String accountId, String key) {
        SObject change = new SObject("Segment_Change__c");
        if (accountId != null) {
            change.setField("Account__c", accountId);
        }
        change.setField("To_Tier__c", "A");
        change.setField("Change_Key__c", key);
        return change;
    }
}
