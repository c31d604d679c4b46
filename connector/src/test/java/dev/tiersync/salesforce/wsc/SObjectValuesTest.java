package dev.tiersync.salesforce.wsc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.catalog.OpportunityFields;
import org.junit.jupiter.api.Test;

class SObjectValuesTest {

    private static final SObjectValues.Layout LAYOUT =
            SObjectValues.Layout.of("SELECT Id, Amount, StageName, CloseDate FROM Opportunity");

    @Test
    void fieldsInTheOrderSelectedAreReadByTheirPlace() {
        SObject record = record("006000000000001AAA", "Amount", "12.5", "StageName", "Closed Won", "CloseDate", "2025-03-01");

        SObjectValues values = new SObjectValues(record, LAYOUT);

        assertThat(values.text("Id")).isEqualTo("006000000000001AAA");
        assertThat(values.get(OpportunityFields.AMOUNT)).isEqualTo(12.5);
        assertThat(values.text("StageName")).isEqualTo("Closed Won");
        assertThat(values.text("CloseDate")).isEqualTo("2025-03-01");
    }

    @Test
    void fieldsOutOfOrderOrMissingAreFoundByNameAndMissingOnesAreNull() {
        SObject record = record("006000000000001AAA", "CloseDate", "2025-03-01", "Amount", "7");

        SObjectValues values = new SObjectValues(record, LAYOUT);

        assertThat(values.text("CloseDate")).isEqualTo("2025-03-01");
        assertThat(values.text("Amount")).isEqualTo("7");
        assertThat(values.text("StageName")).isNull();
    }

    @Test
    void theFirstElementOfANameWinsAsForceWscGetFieldReadsIt() {
        SObject record = record("006000000000001AAA", "Amount", "1", "StageName", "Prospecting", "StageName", "Closed Won");

        SObjectValues values = new SObjectValues(record, LAYOUT);

        assertThat(values.text("StageName")).isEqualTo("Prospecting");
        assertThat(values.text("StageName")).isEqualTo(new SObjectValues(record).text("StageName"));
    }

    @Test
    void anElementTheQueryDidNotSelectIsStillFoundByName() {
        SObject record = record("006000000000001AAA", "Amount", "1", "Probability", "40", "StageName", "Closed Won");

        SObjectValues values = new SObjectValues(record, LAYOUT);

        assertThat(values.text("Probability")).isEqualTo("40");
        assertThat(values.text("StageName")).isEqualTo("Closed Won");
    }

    private static SObject record(String id, String... namesAndValues) {
        SObject record = new SObject("Opportunity");
        record.addField("Id", id);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.addField(namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }
}
