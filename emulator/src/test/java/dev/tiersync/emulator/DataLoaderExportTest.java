package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.sobject.SObject;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder as Salesforce's Data Loader exports it (a UTF-8 byte-order mark, quoted upper-case headers,
 * every standard column of Account and Opportunity, multi-line values) seeds an org, which then
 * describes and serves every one of those fields with its real type, over HTTPS through force-wsc.
 */
class DataLoaderExportTest {

    private static EmulatedOrg org;
    private static PartnerConnection connection;

    @BeforeAll
    static void start() throws Exception {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.fromCsvFolder(folder())).withHttps(EmulatorTls.selfSigned()));
        connection = ForceWsc.connect(org);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void theExportFilesReallyStartWithAByteOrderMarkAndQuotedUpperCaseHeaders() throws Exception {
        String account = Files.readString(folder().resolve("Account.csv"), StandardCharsets.UTF_8);

        assertThat(account).startsWith("\uFEFF\"ID\",\"ISDELETED\",\"MASTERRECORDID\",\"NAME\",");
    }

    @Test
    void everyStandardAccountColumnIsServedWithItsValue() throws Exception {
        SObject account = connection.query("SELECT Id, Name, Rating, Ownership, Sic, Website, Phone, AccountSource, Description, "
                + "YearStarted, TickerSymbol, BillingStreet, BillingLatitude, CleanStatus, DunsNumber, SicDesc, NumberOfEmployees "
                + "FROM Account WHERE Id = '0015g00000DLX01AAA'").getRecords()[0];

        assertThat(account.getField("Name")).isEqualTo("Grand Hotels & Resorts, Ltd");
        assertThat(account.getField("Rating")).isEqualTo("Warm");
        assertThat(account.getField("Ownership")).isEqualTo("Public");
        assertThat(account.getField("Sic")).isEqualTo("2268");
        assertThat(account.getField("Website")).isEqualTo("www.grandhotels.com");
        assertThat(account.getField("Phone")).isEqualTo("(312) 596-1000");
        assertThat(account.getField("AccountSource")).isEqualTo("Partner Referral");
        assertThat(account.getField("YearStarted")).isEqualTo("1997");
        assertThat(account.getField("BillingStreet")).isEqualTo("2334 N. Michigan Avenue, Suite 1500\nChicago, IL 60601, USA");
        assertThat(account.getField("BillingLatitude")).isEqualTo("41.8781136");
        assertThat(account.getField("CleanStatus")).isEqualTo("Pending");
        assertThat(account.getField("DunsNumber")).isEqualTo("123456789");
        assertThat(account.getField("SicDesc")).isEqualTo("Hotels");
        assertThat(account.getField("NumberOfEmployees")).isEqualTo("5600");
    }

    @Test
    void everyStandardOpportunityColumnIsServedWithItsValue() throws Exception {
        SObject opportunity = connection.query("SELECT NextStep, LeadSource, ForecastCategoryName, Probability, Type, Description, "
                + "TotalOpportunityQuantity, FiscalYear FROM Opportunity WHERE Id = '0065g00000DLX03AAA'").getRecords()[0];
        SObject quoted = connection.query("SELECT Description FROM Opportunity WHERE Id = '0065g00000DLX02AAA'").getRecords()[0];

        assertThat(opportunity.getField("NextStep")).isEqualTo("Sign the contract");
        assertThat(opportunity.getField("LeadSource")).isEqualTo("Phone Inquiry");
        assertThat(opportunity.getField("ForecastCategoryName")).isEqualTo("Commit");
        assertThat(opportunity.getField("Probability")).isEqualTo("90");
        assertThat(opportunity.getField("Type")).isEqualTo("New Customer");
        assertThat(opportunity.getField("TotalOpportunityQuantity")).isEqualTo("3");
        assertThat(quoted.getField("Description")).isEqualTo("Two \"SLA\" generators, delivered\nin two lots");
        assertThat(connection.query("SELECT Id FROM Opportunity").getSize()).isEqualTo(3);
    }

    @Test
    void describeListsTheStandardAccountFieldsWithTheirRealTypesAndLengths() throws Exception {
        Map<String, Field> fields = fields(connection.describeSObject("Account"));

        assertThat(fields.get("Rating").getType()).isEqualTo(FieldType.picklist);
        assertThat(fields.get("Rating").isRestrictedPicklist()).isFalse();
        assertThat(Arrays.stream(fields.get("Rating").getPicklistValues()).map(PicklistEntry::getValue)).containsExactly("Hot", "Warm", "Cold");
        assertThat(fields.get("Ownership").getType()).isEqualTo(FieldType.picklist);
        assertThat(fields.get("Website").getType()).isEqualTo(FieldType.url);
        assertThat(fields.get("Phone").getType()).isEqualTo(FieldType.phone);
        assertThat(fields.get("Phone").getLength()).isEqualTo(40);
        assertThat(fields.get("Sic").getLength()).isEqualTo(20);
        assertThat(fields.get("YearStarted").getLength()).isEqualTo(4);
        assertThat(fields.get("Description").getType()).isEqualTo(FieldType.textarea);
        assertThat(fields.get("Description").getLength()).isEqualTo(32_000);
        assertThat(fields.get("NumberOfEmployees").getType()).isEqualTo(FieldType._int);
        assertThat(fields.get("NumberOfEmployees").getDigits()).isEqualTo(8);
        assertThat(fields.get("AnnualRevenue").getType()).isEqualTo(FieldType.currency);
        assertThat(fields.get("BillingLatitude").getScale()).isEqualTo(15);
        assertThat(fields.get("BillingGeocodeAccuracy").isRestrictedPicklist()).isTrue();
        assertThat(fields.get("CreatedById").getReferenceTo()).containsExactly("User");
        assertThat(fields.get("CreatedById").getRelationshipName()).isEqualTo("CreatedBy");
        assertThat(fields.get("PhotoUrl").isUpdateable()).isFalse();
    }

    @Test
    void describeListsTheStandardOpportunityFieldsWithTheirRealTypesAndLengths() throws Exception {
        Map<String, Field> fields = fields(connection.describeSObject("Opportunity"));

        assertThat(fields.get("Name").getLength()).isEqualTo(120);
        assertThat(fields.get("Amount").getPrecision()).isEqualTo(18);
        assertThat(fields.get("Amount").getScale()).isEqualTo(2);
        assertThat(fields.get("Probability").getType()).isEqualTo(FieldType.percent);
        assertThat(fields.get("Probability").getPrecision()).isEqualTo(3);
        assertThat(fields.get("NextStep").getLength()).isEqualTo(255);
        assertThat(fields.get("LeadSource").getType()).isEqualTo(FieldType.picklist);
        assertThat(Arrays.stream(fields.get("ForecastCategoryName").getPicklistValues()).map(PicklistEntry::getValue))
                .containsExactly("Omitted", "Pipeline", "Best Case", "Commit", "Closed");
        assertThat(fields.get("ExpectedRevenue").isUpdateable()).isFalse();
        assertThat(fields.get("FiscalYear").getType()).isEqualTo(FieldType._int);
        assertThat(fields.get("ContactId").getReferenceTo()).containsExactly("Contact");
    }

    @Test
    void aDataLoaderSuccessFileWithItsIdAndStatusColumnsSeedsAnOrg(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Account.csv"), "\uFEFF\"ID\",\"NAME\",\"RATING\",\"STATUS\"\n"
                + "\"0015g00000DLX09AAA\",\"Success Co\",\"Cold\",\"Item Created\"\n");
        Files.writeString(dir.resolve("Opportunity.csv"), "\"ID\",\"ACCOUNTID\",\"NAME\",\"STATUS\"\n"
                + "\"0065g00000DLX09AAA\",\"0015g00000DLX09AAA\",\"Deal\",\"Item Created\"\n");

        try (EmulatedOrg seeded = EmulatedOrg.start(EmulatorSettings.of(OrgData.fromCsvFolder(dir)))) {
            assertThat(seeded.store().find("0015g00000DLX09AAA").orElseThrow().get("Rating")).isEqualTo("Cold");
            assertThat(seeded.store().count("Opportunity")).isEqualTo(1);
        }
    }

    private static Map<String, Field> fields(DescribeSObjectResult describe) {
        return Arrays.stream(describe.getFields()).collect(Collectors.toMap(Field::getName, Function.identity()));
    }

    static Path folder() throws URISyntaxException {
        return Path.of(DataLoaderExportTest.class.getResource("/dataloader-export/Account.csv").toURI()).getParent();
    }

}
