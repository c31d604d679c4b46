package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.emulator.store.SalesforceIds;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contact, Case, Task, Event and OpportunityContactRole as a real org serves them, through force-wsc
 * over HTTPS: describe with their standard fields, SOQL query and queryAll with deletions, Bulk
 * queries with PK chunking, create, update and delete, and CSV import and export.
 */
class EngagementObjectsTest {

    private static final String ACCOUNT = SalesforceIds.of("001", "5g0009", 1);
    private static final String OTHER_ACCOUNT = SalesforceIds.of("001", "5g0009", 2);
    private static final String OPPORTUNITY = SalesforceIds.of("006", "5g0009", 1);
    private static final String CONTACT = SalesforceIds.of("003", "5g0009", 1);
    private static final String OTHER_CONTACT = SalesforceIds.of("003", "5g0009", 2);
    private static final int TASKS = 60;
    private static final Map<String, String> KEY_PREFIXES = Map.of("Contact", "003", "Case", "500", "Task", "00T", "Event", "00U",
            "OpportunityContactRole", "00K");

    @TempDir
    Path dir;

    private EmulatedOrg org;
    private PartnerConnection connection;

    @BeforeEach
    void start() throws Exception {
        org = EmulatedOrg.start(EmulatorSettings.of(seed()).withHttps(EmulatorTls.selfSigned()));
        connection = ForceWsc.connect(org);
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void describeListsTheStandardFieldsOfEachObjectWithTheirTypesAndPicklists() throws Exception {
        Map<String, Field> contact = fields("Contact");
        Map<String, Field> supportCase = fields("Case");
        Map<String, Field> task = fields("Task");
        Map<String, Field> event = fields("Event");
        Map<String, Field> role = fields("OpportunityContactRole");

        assertThat(contact.get("Email").getType()).isEqualTo(FieldType.email);
        assertThat(contact.get("LastName").getLength()).isEqualTo(80);
        assertThat(contact.get("LastName").isNillable()).isFalse();
        assertThat(contact.get("AccountId").getReferenceTo()).containsExactly("Account");
        assertThat(contact.get("MailingCity").getLength()).isEqualTo(40);
        assertThat(values(supportCase.get("Status"))).containsExactly("New", "Working", "Escalated", "Closed");
        assertThat(values(supportCase.get("Priority"))).containsExactly("High", "Medium", "Low");
        assertThat(values(supportCase.get("Origin"))).containsExactly("Phone", "Email", "Web");
        assertThat(supportCase.get("CaseNumber").isUpdateable()).isFalse();
        assertThat(supportCase.get("ContactId").getRelationshipName()).isEqualTo("Contact");
        assertThat(values(task.get("Type"))).containsExactly("Call", "Email", "Meeting", "Other");
        assertThat(task.get("TaskSubtype").isRestrictedPicklist()).isTrue();
        assertThat(values(task.get("TaskSubtype"))).contains("Task", "Email", "Call");
        assertThat(task.get("Subject").getType()).isEqualTo(FieldType.combobox);
        assertThat(task.get("WhatId").getReferenceTo()).contains("Account", "Opportunity", "Case");
        assertThat(task.get("WhatId").isPolymorphicForeignKey()).isTrue();
        assertThat(task.get("WhoId").getReferenceTo()).containsExactly("Contact", "Lead");
        assertThat(task.get("AccountId").isUpdateable()).isFalse();
        assertThat(event.get("DurationInMinutes").getType()).isEqualTo(FieldType._int);
        assertThat(event.get("StartDateTime").getType()).isEqualTo(FieldType.datetime);
        assertThat(values(event.get("ShowAs"))).containsExactly("Busy", "OutOfOffice", "Free");
        assertThat(values(role.get("Role"))).contains("Decision Maker", "Economic Buyer", "Influencer");
        assertThat(role.get("OpportunityId").getReferenceTo()).containsExactly("Opportunity");
        assertThat(Arrays.stream(connection.describeGlobal().getSobjects()).map(o -> o.getName()))
                .contains("Contact", "Case", "Task", "Event", "OpportunityContactRole");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact", "Case", "Task", "Event", "OpportunityContactRole"})
    void eachObjectIsCreatedUpdatedQueriedDeletedAndStillSeenByQueryAll(String object) throws Exception {
        SObject record = new SObject(object);
        newRecordFields(object).forEach(record::setField);
        SaveResult created = connection.create(new SObject[] {record})[0];
        assertThat(created.isSuccess()).as(Arrays.toString(created.getErrors())).isTrue();
        String id = created.getId();

        SObject change = new SObject(object);
        change.setId(id);
        updateField(object).forEach(change::setField);
        assertThat(connection.update(new SObject[] {change})[0].isSuccess()).isTrue();
        String field = updateField(object).keySet().iterator().next();
        SObject read = connection.query("SELECT Id, " + field + " FROM " + object + " WHERE Id = '" + id + "'").getRecords()[0];
        DeleteResult deleted = connection.delete(new String[] {id})[0];

        assertThat(read.getField(field)).isEqualTo(updateField(object).get(field));
        assertThat(id).startsWith(KEY_PREFIXES.get(object));
        assertThat(deleted.isSuccess()).isTrue();
        assertThat(connection.query("SELECT Id FROM " + object + " WHERE Id = '" + id + "'").getSize()).isZero();
        SObject tombstone = connection.queryAll("SELECT Id, IsDeleted FROM " + object + " WHERE Id = '" + id + "'").getRecords()[0];
        assertThat(tombstone.getField("IsDeleted")).isEqualTo("true");
    }

    @Test
    void anActivityTakesItsAccountFromWhatItConcernsOrWhoItIsWith() throws Exception {
        SObject onOpportunity = new SObject("Task");
        onOpportunity.setField("Subject", "Call");
        onOpportunity.setField("WhatId", OPPORTUNITY);
        SObject withContact = new SObject("Event");
        withContact.setField("Subject", "Meeting");
        withContact.setField("WhoId", OTHER_CONTACT);
        withContact.setField("DurationInMinutes", 30);

        String task = connection.create(new SObject[] {onOpportunity})[0].getId();
        String event = connection.create(new SObject[] {withContact})[0].getId();

        assertThat(connection.query("SELECT AccountId FROM Task WHERE Id = '" + task + "'").getRecords()[0].getField("AccountId"))
                .as("the opportunity's account").isEqualTo(ACCOUNT);
        assertThat(connection.query("SELECT AccountId FROM Event WHERE Id = '" + event + "'").getRecords()[0].getField("AccountId"))
                .as("the contact's account").isEqualTo(OTHER_ACCOUNT);
    }

    @Test
    void soqlFiltersTheNewObjectsByTheirFields() throws Exception {
        assertThat(connection.query("SELECT Id FROM Case WHERE Status = 'Escalated' AND Priority = 'High'").getSize()).isEqualTo(1);
        assertThat(connection.query("SELECT Id FROM Task WHERE AccountId = '" + ACCOUNT + "' AND Type = 'Call'").getSize())
                .isEqualTo(TASKS / 2);
        assertThat(connection.query("SELECT Id FROM OpportunityContactRole WHERE OpportunityId = '" + OPPORTUNITY + "'").getSize())
                .isEqualTo(2);
    }

    @Test
    void aBulkQueryOfTasksWithPkChunkingReturnsEveryTaskOnce() throws Exception {
        BulkConnection bulk = ForceWsc.bulk(org, org.bulkEndpoint(), connection.getConfig().getSessionId());
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=25");
        JobInfo job = new JobInfo();
        job.setObject("Task");
        job.setOperation(OperationEnum.queryAll);
        job.setContentType(ContentType.CSV);
        job = bulk.createJob(job);
        bulk.createBatchFromStream(job, new ByteArrayInputStream("SELECT Id, WhatId, Type FROM Task".getBytes(StandardCharsets.UTF_8)));

        BatchInfo[] batches = bulk.getBatchInfoList(job.getId()).getBatchInfo();
        List<String> ids = new ArrayList<>();
        for (BatchInfo batch : batches) {
            if (batch.getState() == BatchStateEnum.Completed) {
                for (String result : bulk.getQueryResultList(job.getId(), batch.getId()).getResult()) {
                    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(new InputStreamReader(bulk.getQueryResultStream(job.getId(), batch.getId(), result), StandardCharsets.UTF_8))) {
                        parser.forEach((CSVRecord row) -> ids.add(row.get("Id")));
                    }
                }
            }
        }

        assertThat(batches).hasSize(1 + 3); // the original, NotProcessed, and chunks of 25 ids
        assertThat(ids).hasSize(TASKS).doesNotHaveDuplicates();
    }

    @Test
    void theObjectsAreExportedAsCsvAndLoadBack() throws Exception {
        Path export = dir.resolve("export");
        org.exportCsv(export);

        OrgData reloaded = OrgData.fromCsvFolder(export);

        for (String object : List.of("Contact", "Case", "Task", "Event", "OpportunityContactRole")) {
            assertThat(export.resolve(object + ".csv")).exists();
            assertThat(reloaded.count(object)).as(object).isEqualTo(org.store().count(object));
        }
        assertThat(Files.readAllLines(export.resolve("Task.csv")).get(0)).contains("WhoId", "WhatId", "AccountId", "TaskSubtype");
    }

    private Map<String, Field> fields(String object) throws Exception {
        return Arrays.stream(connection.describeSObject(object).getFields()).collect(Collectors.toMap(Field::getName, Function.identity()));
    }

    private static List<String> values(Field field) {
        return Arrays.stream(field.getPicklistValues()).map(PicklistEntry::getValue).toList();
    }

    private static Map<String, Object> newRecordFields(String object) {
        return switch (object) {
            case "Contact" -> Map.of("LastName", "Okafor", "FirstName", "Ada", "AccountId", ACCOUNT, "Email", "ada@example.com");
            case "Case" -> Map.of("Subject", "Generator will not start", "Status", "New", "Priority", "High", "Origin", "Phone",
                    "AccountId", ACCOUNT);
            case "Task" -> Map.of("Subject", "Call", "WhatId", ACCOUNT, "Type", "Call", "TaskSubtype", "Call", "Status", "Not Started");
            case "Event" -> Map.of("Subject", "Meeting", "WhatId", OPPORTUNITY, "DurationInMinutes", 60,
                    "StartDateTime", "2025-02-03T10:00:00.000Z");
            case "OpportunityContactRole" -> Map.of("OpportunityId", OPPORTUNITY, "ContactId", CONTACT, "Role", "Evaluator");
            default -> throw new IllegalArgumentException(object);
        };
    }

    private static Map<String, String> updateField(String object) {
        return switch (object) {
            case "Contact" -> Map.of("Title", "Head of Operations");
            case "Case" -> Map.of("Status", "Escalated");
            case "Task" -> Map.of("Status", "Completed");
            case "Event" -> Map.of("Location", "Chicago");
            case "OpportunityContactRole" -> Map.of("Role", "Decision Maker");
            default -> throw new IllegalArgumentException(object);
        };
    }

    /** Two accounts, an opportunity, contacts, cases, tasks (half calls on the first account), events and contact roles. */
    private static OrgData seed() {
        Map<String, List<Map<String, String>>> records = new LinkedHashMap<>();
        records.put("Account", List.of(row("Id", ACCOUNT, "Name", "Grand Hotels"), row("Id", OTHER_ACCOUNT, "Name", "Edge Communications")));
        records.put("Opportunity", List.of(row("Id", OPPORTUNITY, "AccountId", ACCOUNT, "Name", "Generators", "StageName", "Closed Won",
                "CloseDate", "2024-06-28")));
        records.put("Contact", List.of(row("Id", CONTACT, "AccountId", ACCOUNT, "LastName", "Rogers"),
                row("Id", OTHER_CONTACT, "AccountId", OTHER_ACCOUNT, "LastName", "Forbes")));
        records.put("Case", List.of(
                row("Id", SalesforceIds.of("500", "5g0009", 1), "AccountId", ACCOUNT, "ContactId", CONTACT, "Status", "Escalated",
                        "Priority", "High", "Origin", "Phone"),
                row("Id", SalesforceIds.of("500", "5g0009", 2), "AccountId", ACCOUNT, "Status", "Closed", "Priority", "Low", "Origin", "Web")));
        List<Map<String, String>> tasks = new ArrayList<>();
        for (int i = 1; i <= TASKS; i++) {
            boolean call = i % 2 == 0;
            tasks.add(row("Id", SalesforceIds.of("00T", "5g0009", i), "WhatId", call ? ACCOUNT : OPPORTUNITY, "WhoId", CONTACT,
                    "Subject", call ? "Call" : "Email", "Type", call ? "Call" : "Email", "TaskSubtype", call ? "Call" : "Email",
                    "Status", "Completed", "ActivityDate", "2025-01-" + String.format("%02d", 1 + i % 28)));
        }
        records.put("Task", tasks);
        records.put("Event", List.of(row("Id", SalesforceIds.of("00U", "5g0009", 1), "WhatId", OPPORTUNITY, "Subject", "Meeting",
                "StartDateTime", "2025-01-10T15:00:00.000Z", "DurationInMinutes", "45")));
        records.put("OpportunityContactRole", List.of(
                row("Id", SalesforceIds.of("00K", "5g0009", 1), "OpportunityId", OPPORTUNITY, "ContactId", CONTACT, "Role", "Decision Maker",
                        "IsPrimary", "true"),
                row("Id", SalesforceIds.of("00K", "5g0009", 2), "OpportunityId", OPPORTUNITY, "ContactId", OTHER_CONTACT, "Role", "Influencer")));
        return OrgData.of(records);
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
