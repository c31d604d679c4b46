package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.domain.behaviour.Relationship;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitAttribute;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.OpportunityBuilder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine carries the decision chain into the segmentation, the reasons and the fit's variables. */
class BehaviourInTheEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    void theDecisionChainIsWrittenToldInTheReasonsAndOfferedToTheFit() {
        Opportunity deal = OpportunityBuilder.aWonDeal().forAccount("long").worth("5000").closedOn("2024-12-01").build();
        Relationship committee = new Relationship(EnumSet.of(RelatedObject.CONTACTS, RelatedObject.CONTACT_ROLES), List.of(), List.of(),
                IntStream.range(0, 6).mapToObj(i -> AS_OF.minusYears(1)).toList(), Map.of(deal.id(), 5));
        List<AccountHistory> histories = List.of(
                new AccountHistory(AccountBuilder.anAccount("long").build(), List.of(deal), committee),
                new AccountHistory(AccountBuilder.anAccount("plain").build(), List.of()));

        Assessment assessment = new Segmenter(SegmentationConfig.defaults()).assessment(histories, AS_OF, Extensions.NONE);

        Segmentation longChain = assessment.results().get(0);
        assertThat(longChain.behaviour().decisionChain()).hasToString("LONG");
        assertThat(longChain.reasons()).contains("Decision chain Long: 5 contacts per won deal.");
        assertThat(assessment.results().get(1).behaviour().decisionChain()).hasToString("UNKNOWN");
        FitAccount view = assessment.fitViews().get(0);
        assertThat(view.attributes()).extracting(FitAttribute::name).contains(DecisionChainFitAttribute.NAME);
        assertThat(assessment.fitViews().get(1).attributes()).extracting(FitAttribute::name)
                .doesNotContain(DecisionChainFitAttribute.NAME);
    }
}
