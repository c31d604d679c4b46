package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryTest {

    private static EmulatedOrg org;
    private static PartnerConnection connection;

    @BeforeAll
    static void start() throws ConnectionException {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.of(Map.of(
                "Account", List.of(
                        account("001000000000001AAA", "Acme", "Technology", "1500000", "2020-01-05T10:00:00.000Z"),
                        account("001000000000002AAA", "Globex", "Energy", "250000", "2021-06-01T00:00:00.000Z"),
                        account("001000000000003AAA", "Initech", null, null, "2019-03-03T03:03:03.000Z"),
                        account("001000000000004AAA", "acme west", "Technology", "90000", "2022-02-02T00:00:00.000Z")),
                "Opportunity", List.of()))));
        connection = ForceWsc.connect(org);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void pagesFollowTheBatchSizeAndQueryMoreReturnsEveryRecordOnce() throws ConnectionException {
        EmulatedOrg big = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(1_050, 9, java.time.LocalDate.of(2025, 1, 1))));
        try {
            PartnerConnection bigConnection = ForceWsc.connect(big);
            bigConnection.setQueryOptions(200);

            QueryResult first = bigConnection.query("SELECT Id, Name FROM Account");
            List<SObject> all = ForceWsc.queryAll(bigConnection, "SELECT Id, Name FROM Account");

            assertThat(first.getRecords()).hasSize(200);
            assertThat(first.getSize()).isEqualTo(1_050);
            assertThat(first.isDone()).isFalse();
            assertThat(first.getQueryLocator()).endsWith("-200");
            assertThat(all).hasSize(1_050);
            assertThat(new HashSet<>(all.stream().map(SObject::getId).toList())).hasSize(1_050);
            assertThat(big.calls().count("queryMore")).isEqualTo(5);
        } finally {
            big.close();
        }
    }

    @Test
    void batchSizeIsClampedToTheRangeSalesforceAllows() throws ConnectionException {
        EmulatedOrg big = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(2_500, 9, java.time.LocalDate.of(2025, 1, 1))));
        try {
            PartnerConnection bigConnection = ForceWsc.connect(big);
            bigConnection.setQueryOptions(5000);
            assertThat(bigConnection.query("SELECT Id FROM Account").getRecords()).hasSize(2000);
            bigConnection.setQueryOptions(10);
            assertThat(bigConnection.query("SELECT Id FROM Account").getRecords()).hasSize(200);
        } finally {
            big.close();
        }
    }

    @Test
    void valuesComeBackAsTextNullsAsNullAndIdTwice() throws ConnectionException {
        SObject acme = connection.query("SELECT Id, Name, AnnualRevenue, Industry FROM Account WHERE Name = 'Initech'").getRecords()[0];

        assertThat(acme.getId()).isEqualTo("001000000000003AAA");
        assertThat(acme.getField("Name")).isEqualTo("Initech");
        assertThat(acme.getField("AnnualRevenue")).isNull();
        assertThat(acme.getField("Industry")).isNull();
    }

    @Test
    void whereComparesNumbersAsNumbersAndDatesAsDates() throws ConnectionException {
        assertThat(names("SELECT Name FROM Account WHERE AnnualRevenue > 200000")).containsExactly("Acme", "Globex");
        assertThat(names("SELECT Name FROM Account WHERE AnnualRevenue <= 250000.0")).containsExactly("Globex", "acme west");
        assertThat(names("SELECT Name FROM Account WHERE CreatedDate >= 2021-01-01T00:00:00Z")).containsExactly("Globex", "acme west");
    }

    @Test
    void whereSupportsInLikeNullAndBooleanLogic() throws ConnectionException {
        assertThat(names("SELECT Name FROM Account WHERE Industry IN ('Energy', 'Retail')")).containsExactly("Globex");
        assertThat(names("SELECT Name FROM Account WHERE Industry NOT IN ('Energy')")).containsExactly("Acme", "acme west");
        assertThat(names("SELECT Name FROM Account WHERE Name LIKE 'acme%'")).containsExactly("Acme", "acme west");
        assertThat(names("SELECT Name FROM Account WHERE Industry = null")).containsExactly("Initech");
        assertThat(names("SELECT Name FROM Account WHERE Industry != null AND (AnnualRevenue > 1000000 OR Name = 'Globex')"))
                .containsExactly("Acme", "Globex");
        assertThat(names("SELECT Name FROM Account WHERE NOT Industry = 'Technology'")).containsExactly("Globex", "Initech");
    }

    @Test
    void orderByAndLimitShapeTheResult() throws ConnectionException {
        assertThat(names("SELECT Name FROM Account ORDER BY AnnualRevenue DESC LIMIT 2")).containsExactly("Acme", "Globex");
        assertThat(names("SELECT Name FROM Account ORDER BY AnnualRevenue ASC")).startsWith("Initech");
    }

    @Test
    void countAnswersTheNumberOfMatchingRecordsWithoutRecords() throws ConnectionException {
        QueryResult all = connection.query("SELECT COUNT() FROM Account");
        QueryResult some = connection.query("SELECT COUNT() FROM Account WHERE Industry = 'Technology'");

        assertThat(all.getSize()).isEqualTo(4);
        assertThat(all.getRecords()).isEmpty();
        assertThat(all.isDone()).isTrue();
        assertThat(some.getSize()).isEqualTo(2);
    }

    @Test
    void idsCompareAndSortByTheirCharactersWithCaseCounting() throws ConnectionException {
        EmulatedOrg cased = EmulatedOrg.start(EmulatorSettings.of(OrgData.of(Map.of(
                "Account", List.of(
                        account("00100000000000bAAA", "lower b", null, null, "2020-01-05T10:00:00.000Z"),
                        account("00100000000000BAAA", "upper B", null, null, "2020-01-05T10:00:00.000Z"),
                        account("001000000000009AAA", "nine", null, null, "2020-01-05T10:00:00.000Z")),
                "Opportunity", List.of()))));
        try {
            PartnerConnection casedConnection = ForceWsc.connect(cased);
            List<String> ordered = ForceWsc.queryAll(casedConnection, "SELECT Name FROM Account ORDER BY Id").stream()
                    .map(r -> (String) r.getField("Name")).toList();
            List<String> after = ForceWsc.queryAll(casedConnection, "SELECT Name FROM Account WHERE Id > '00100000000000BAAA'")
                    .stream().map(r -> (String) r.getField("Name")).toList();

            assertThat(ordered).as("base-62 order: digits, then upper case, then lower case").containsExactly("nine", "upper B",
                    "lower b");
            assertThat(after).containsExactly("lower b");
        } finally {
            cased.close();
        }
    }

    @Test
    void anUnknownFieldGivesInvalidFieldWithItsPosition() {
        assertThatThrownBy(() -> connection.query("SELECT Id, Tier FROM Account"))
                .isInstanceOfSatisfying(InvalidFieldFault.class, fault -> {
                    assertThat(fault.getExceptionMessage()).contains("No such column 'Tier' on entity 'Account'");
                    assertThat(fault.getRow()).isEqualTo(1);
                    assertThat(fault.getColumn()).isEqualTo(12);
                });
    }

    @Test
    void badSyntaxGivesMalformedQuery() {
        assertThatThrownBy(() -> connection.query("SELECT Id FRM Account"))
                .isInstanceOfSatisfying(MalformedQueryFault.class,
                        fault -> assertThat(fault.getExceptionMessage()).contains("unexpected token: FRM"));
    }

    @Test
    void anUnknownObjectGivesInvalidType() {
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Acount"))
                .isInstanceOfSatisfying(InvalidSObjectFault.class,
                        fault -> assertThat(fault.getExceptionMessage()).contains("sObject type 'Acount' is not supported"));
    }

    @Test
    void anUnknownLocatorGivesInvalidQueryLocator() {
        assertThatThrownBy(() -> connection.queryMore("01g5g00000EMUL9999-200"))
                .isInstanceOf(InvalidQueryLocatorFault.class);
    }

    @Test
    void customFieldsComeFromTheSalesforceMetadataProject() throws ConnectionException {
        SObject record = connection.query("SELECT Id, Tier__c, Segments_Updated_At__c FROM Account LIMIT 1").getRecords()[0];

        assertThat(record.getField("Tier__c")).isNull();
    }

    private static List<Object> names(String soql) throws ConnectionException {
        return List.of(connection.query(soql).getRecords()).stream().map(r -> r.getField("Name")).toList();
    }

    private static Map<String, String> account(String id, String name, String industry, String revenue, String created) {
        Map<String, String> row = new java.util.HashMap<>();
        row.put("Id", id);
        row.put("Name", name);
        row.put("Industry", industry);
        row.put("AnnualRevenue", revenue);
        row.put("CreatedDate", created);
        return row;
    }
}
