package dev.tiersync.salesforce.wsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.QueryResponse_element;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.parser.XmlInputStream;
import dev.tiersync.domain.catalog.OpportunityFields;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPageTest {

    private static final String FIRST = record("Opportunity", "006000000000001AAA", "Amount", "12.5", "StageName", "Closed Won",
            "CloseDate", "2025-03-01");

    @Test
    void aPageGivesItsLocatorSizeAndEachRecordsFieldTexts() throws Exception {
        QueryPage page = page(false, "01g000000000001-2000", 3, FIRST,
                record("Opportunity", "006000000000002AAA", "Amount", "7", "StageName", "Prospecting", "CloseDate", "2025-04-02"));

        assertThat(page.isDone()).isFalse();
        assertThat(page.queryLocator()).isEqualTo("01g000000000001-2000");
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.records()).isEqualTo(2);
        SObjectValues second = new SObjectValues("Opportunity", page.record(1));
        assertThat(second.text("Id")).isEqualTo("006000000000002AAA");
        assertThat(second.get(OpportunityFields.AMOUNT)).isEqualTo(7.0);
        assertThat(second.text("StageName")).isEqualTo("Prospecting");
        assertThat(second.text("CloseDate")).isEqualTo("2025-04-02");
        assertThat(second.text("Probability")).isNull();
    }

    @Test
    void aLastPageHasNoLocator() throws Exception {
        QueryPage page = page(true, null, 1, FIRST);

        assertThat(page.isDone()).isTrue();
        assertThat(page.queryLocator()).isNull();
    }

    @Test
    void recordsWhoseFieldsComeInAnotherOrderOrFewerAreReadByName() throws Exception {
        QueryPage page = page(true, null, 3, FIRST,
                record("Opportunity", "006000000000002AAA", "CloseDate", "2025-04-02", "Amount", "7"),
                record("Opportunity", "006000000000003AAA", "Amount", "9", "StageName", "Closed Lost", "CloseDate", "2025-05-03",
                        "Probability", "0"));

        SObjectValues reordered = new SObjectValues("Opportunity", page.record(1));
        assertThat(reordered.text("CloseDate")).isEqualTo("2025-04-02");
        assertThat(reordered.text("Amount")).isEqualTo("7");
        assertThat(reordered.text("StageName")).isNull();
        SObjectValues longer = new SObjectValues("Opportunity", page.record(2));
        assertThat(longer.text("Probability")).isEqualTo("0");
        assertThat(longer.text("StageName")).isEqualTo("Closed Lost");
        assertThat(new SObjectValues("Opportunity", page.record(0)).text("Probability")).isNull();
    }

    @Test
    void everyFieldReadsAsForceWscsOwnBindingReadsIt() throws Exception {
        List<String> records = List.of(FIRST,
                record("Opportunity", "006000000000002AAA", "Amount", "", "StageName", "Closed Won", "StageName", "Prospecting",
                        "CloseDate", null),
                record("Opportunity", "006000000000003AAA", "Name", "Fish &amp; Chips &lt;Ltd&gt; \u00e9t\u00e9 \u6771\u4eac",
                        "Amount", "1E+3"));
        String xml = envelope(true, null, 3, records.toArray(String[]::new));
        QueryPage page = new QueryPage();
        page.load(stream(xml), new TypeMapper());
        QueryResponse_element bound = new QueryResponse_element();
        bound.load(stream(xml), new TypeMapper());

        SObject[] expected = bound.getResult().getRecords();
        assertThat(page.records()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            SObjectValues values = new SObjectValues("Opportunity", page.record(i));
            for (String field : List.of("type", "Id", "Name", "Amount", "StageName", "CloseDate")) {
                Object value = expected[i].getField(field);
                String text = value == null || value.toString().isEmpty() ? null : value.toString();
                assertThat(values.text(field)).as("record %d field %s", i, field).isEqualTo(text);
            }
        }
        assertThat(new SObjectValues("Opportunity", page.record(2)).text("Name")).isEqualTo("Fish & Chips <Ltd> \u00e9t\u00e9 \u6771\u4eac");
    }

    @Test
    void aFieldWithFieldsOfItsOwnIsRefusedByName() {
        String nested = "<records xsi:type=\"sf:sObject\"><sf:type>Opportunity</sf:type><sf:Id>006000000000001AAA</sf:Id>"
                + "<sf:Owner xsi:type=\"sf:sObject\"><sf:type>User</sf:type><sf:Name>Ann</sf:Name></sf:Owner></records>";

        assertThatThrownBy(() -> new QueryPage().load(stream(envelope(true, null, 1, nested)), new TypeMapper()))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("Element Owner of a query result holds elements of its own");
    }

    private static QueryPage page(boolean done, String locator, int size, String... records) throws Exception {
        QueryPage page = new QueryPage();
        page.load(stream(envelope(done, locator, size, records)), new TypeMapper());
        return page;
    }

    private static XmlInputStream stream(String xml) throws Exception {
        XmlInputStream in = new XmlInputStream();
        in.setInput(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
        return in;
    }

    /** A query response element as the Partner API's body holds it: done, queryLocator, the records, size. */
    private static String envelope(boolean done, String locator, int size, String... records) {
        return "<queryResponse xmlns=\"urn:partner.soap.sforce.com\" xmlns:sf=\"urn:sobject.partner.soap.sforce.com\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><result><done>" + done + "</done>"
                + (locator == null ? "<queryLocator xsi:nil=\"true\"/>" : "<queryLocator>" + locator + "</queryLocator>")
                + String.join("", records) + "<size>" + size + "</size></result></queryResponse>";
    }

    /** A record's elements: its type, its id twice (as Salesforce sends a selected Id), then each field; null is xsi:nil. */
    private static String record(String type, String id, String... namesAndValues) {
        StringBuilder xml = new StringBuilder("<records xsi:type=\"sf:sObject\"><sf:type>").append(type).append("</sf:type>")
                .append("<sf:Id>").append(id).append("</sf:Id><sf:Id>").append(id).append("</sf:Id>");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            String value = namesAndValues[i + 1];
            xml.append(value == null ? "<sf:" + name + " xsi:nil=\"true\"/>" : "<sf:" + name + ">" + value + "</sf:" + name + ">");
        }
        return xml.append("</records>").toString();
    }
}
