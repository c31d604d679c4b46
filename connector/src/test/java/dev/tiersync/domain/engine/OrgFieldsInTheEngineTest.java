package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.fields.OrgFieldValues;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.VariableProfile;
import dev.tiersync.domain.segments.OrgFieldCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The org's own Account fields in the engine: a segment condition on them ({@code org-fields}) with its reason, and a
 * fit variable named by the field. The field values are drawn apart from the generator of the accounts.
 */
class OrgFieldsInTheEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<String> RATINGS = List.of("Hot", "Warm", "Cold");

    @Test
    void aSegmentOnAnOrgFieldTakesExactlyTheAccountsHoldingOneOfItsValuesAndSaysWhy() {
        PlantedOrg org = PlantedOrg.generate(1_200, AS_OF, 1.0, 5);
        Random draw = new Random(41);
        Map<String, String> ratings = new HashMap<>();
        List<AccountHistory> histories = new ArrayList<>();
        for (AccountHistory history : org.histories()) {
            // about one in six leaves the field empty; one in ten holds a multi-select value
            double roll = draw.nextDouble();
            String rating = roll < 0.16 ? null : roll < 0.26 ? "Cold;Warm" : RATINGS.get(draw.nextInt(RATINGS.size()));
            ratings.put(history.accountId(), rating);
            histories.add(withOrgField(history, "Rating", rating));
        }
        SegmentRules rules = new SegmentRules(List.of(
                SegmentDefinition.catchAll("Warm Or Hot").withOrgFields(List.of(OrgFieldCondition.of("Rating", "Hot", "Warm"))),
                SegmentDefinition.catchAll("Everyone Else")));

        List<Segmentation> results = new Segmenter(SegmentationConfig.defaults().withSegments(rules)).assess(histories, AS_OF);

        Map<String, Segmentation> byId = results.stream().collect(Collectors.toMap(Segmentation::accountId, Function.identity()));
        assertThat(byId).hasSize(histories.size());
        byId.forEach((id, s) -> {
            String rating = ratings.get(id);
            boolean warmOrHot = rating != null && (rating.equals("Hot") || rating.contains("Warm"));
            assertThat(s.segment()).as("%s rated %s", id, rating).isEqualTo(warmOrHot ? "Warm Or Hot" : "Everyone Else");
            if (warmOrHot) {
                assertThat(s.reasons()).contains("Warm Or Hot: Rating is " + (rating.equals("Hot") ? "Hot" : "Warm") + ".");
            } else {
                assertThat(s.reasons()).doesNotContain("Rating is");
            }
        });
        assertThat(results).extracting(Segmentation::segment).contains("Warm Or Hot", "Everyone Else");
    }

    @Test
    void anOrgFieldIsAFitVariableTheFitLearnsFromAndProfiles() {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, 11);
        Random noise = new Random(7);
        List<AccountHistory> histories = new ArrayList<>();
        for (AccountHistory history : org.histories()) {
            // reps record the planted cloud need for most accounts, wrongly for some, not at all for others
            double roll = noise.nextDouble();
            boolean cloud = org.truth(history.accountId()).cloud() != (roll < 0.08);
            histories.add(withOrgField(history, "Primary_Need__c", roll > 0.9 ? null : cloud ? "Cloud" : "On-Premise"));
        }

        FitReport fit = new Segmenter(SegmentationConfig.defaults()).assessment(histories, AS_OF, Extensions.NONE).fitReport();

        assertThat(fit.hasFit()).as(fit.decision()).isTrue();
        assertThat(fit.profile().orElseThrow().variables().stream().map(VariableProfile::variable).map(FitVariable::key))
                .contains("attribute.Primary_Need__c");
    }

    private static AccountHistory withOrgField(AccountHistory history, String field, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(field, value);
        return new AccountHistory(history.account().withOrgFields(OrgFieldValues.of(values)), history.opportunities(),
                history.relationship());
    }
}
