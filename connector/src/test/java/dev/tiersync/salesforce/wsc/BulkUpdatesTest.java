package dev.tiersync.salesforce.wsc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.AccountUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkUpdatesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");

    /** commons-csv quotes a cell that starts with '#'; CSV readers, Salesforce's included, unquote it to #N/A. */
    @Test
    void aBatchHasAColumnPerChangedFieldAnEmptyCellForAFieldARowLeavesAloneAndNaToClearOne() throws IOException {
        FieldValues cleared = FieldValues.builder().set(AccountFields.TIER, Tier.B).set(AccountFields.MODEL_TIER, Tier.B)
                .set(AccountFields.SEGMENT, "Core, \"quoted\"").set(AccountFields.VALUE_SCORE, 50.5)
                .set(AccountFields.SEGMENTS_UPDATED_AT, NOW).build();
        List<AccountUpdate> rows = List.of(
                new AccountUpdate("001A", cleared, Set.of(AccountFields.TIER, AccountFields.PREVIOUS_TIER)),
                new AccountUpdate("001B", cleared, Set.of(AccountFields.SEGMENT)));

        String csv = new String(BulkUpdates.csv(rows).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(csv.lines()).containsExactly(
                "Id,Tier__c,Previous_Tier__c,Segment__c,Segments_Updated_At__c",
                "001A,B,\"#N/A\",,2025-06-01T06:00:00Z",
                "001B,,,\"Core, \"\"quoted\"\"\",2025-06-01T06:00:00Z");
    }
}
