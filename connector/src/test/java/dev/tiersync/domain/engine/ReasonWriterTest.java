package dev.tiersync.domain.engine;

import dev.tiersync.domain.profile.AccountProfile;
import static dev.tiersync.testdata.Profiles.profile;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.segments.SegmentChoice;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.domain.signals.Finding;
import dev.tiersync.domain.signals.Signals;
import dev.tiersync.domain.tiering.TierBasis;
import dev.tiersync.domain.tiering.TierDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonWriterTest {

    private static final SegmentChoice NO_CONDITIONS = new SegmentChoice("Core", List.of());

    @Test
    void aRankedCustomerAtRiskReadsLikeTheExampleInTheBrief() {
        AccountProfile customer = profile("b", won("b", "100000", "2024-03-01"), won("b", "82000", "2024-06-04"));
        Signals signals = new Signals(ChurnRisk.MEDIUM, List.of(new Finding("stopped-buying", 2, "no win for 211 days, usually every 90")),
                false, List.of());

        String reasons = ReasonWriter.write(customer, new TierDecision(Tier.B, TierBasis.RANKED), 71.4, signals, NO_CONDITIONS);

        assertThat(reasons).isEqualTo("Tier B: $182k won in 12 mo (value 71/100). Churn Medium: no win for 211 days, usually every 90.");
    }

    @Test
    void prospectsNewCustomersAndUpsellsSayWhy() {
        assertThat(ReasonWriter.write(profile("p"), new TierDecision(Tier.PROSPECT, TierBasis.PROSPECT), 0, Signals.NONE, NO_CONDITIONS))
                .isEqualTo("Tier Prospect: no deal won yet.");
        assertThat(ReasonWriter.write(profile("n", won("n", "4000", "2024-12-02")), new TierDecision(Tier.NEW, TierBasis.NEW), 50,
                new Signals(ChurnRisk.NONE, List.of(), true, List.of(new Finding("growing-spend", 1, "spend up 50% on the year before"))), NO_CONDITIONS))
                .isEqualTo("Tier New: first win 30 days ago, $4k so far. Upsell: spend up 50% on the year before.");
    }

    @Test
    void aLapsedCustomerSaysItWonNothingThisYear() {
        AccountProfile lapsed = profile("l", won("l", "9000", "2023-03-01"), won("l", "9000", "2023-11-30"));

        assertThat(ReasonWriter.write(lapsed, new TierDecision(Tier.D, TierBasis.LAPSED), 0, Signals.NONE, NO_CONDITIONS))
                .isEqualTo("Tier D: nothing won in 12 mo, $18k before (lapsed).");
    }

    @Test
    void aLongSentenceIsCutToTwoHundredAndFiftyFiveCharacters() {
        List<Finding> many = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new Finding("s" + i, 1, "a rather long finding number " + i)).toList();

        String reasons = ReasonWriter.write(profile("x", won("x", "1", "2024-06-01")), new TierDecision(Tier.D, TierBasis.RANKED), 1,
                new Signals(ChurnRisk.HIGH, many, false, List.of()), NO_CONDITIONS);

        assertThat(reasons).hasSize(255).endsWith("…");
    }

    @Test
    void aSegmentsMetConditionsFollowTheTierAndComeBeforeTheSignals() {
        AccountProfile customer = profile("b", won("b", "100000", "2024-03-01"), won("b", "82000", "2024-06-04"));
        Signals signals = new Signals(ChurnRisk.MEDIUM, List.of(new Finding("stopped-buying", 2, "no win for 211 days, usually every 90")),
                false, List.of());

        String reasons = ReasonWriter.write(customer, new TierDecision(Tier.B, TierBasis.RANKED), 71.4, signals,
                new SegmentChoice("Competitor CRM", List.of("uses HubSpot (crm)", "runs on AWS")));

        assertThat(reasons).isEqualTo("Tier B: $182k won in 12 mo (value 71/100). Competitor CRM: uses HubSpot (crm); runs on AWS. "
                + "Churn Medium: no win for 211 days, usually every 90.");
    }

    @Test
    void whenTheSentenceIsTooLongTheSignalsAreCutAndTheSegmentsReasonStays() {
        List<Finding> many = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new Finding("s" + i, 1, "a rather long finding number " + i)).toList();
        String longest = "uses " + "x".repeat(dev.tiersync.plugin.api.Finding.MAX_REASON_LENGTH - 5);

        String reasons = ReasonWriter.write(profile("x", won("x", "1", "2024-06-01")), new TierDecision(Tier.D, TierBasis.RANKED), 1,
                new Signals(ChurnRisk.HIGH, many, false, List.of()), new SegmentChoice("Competitor CRM", List.of(longest)));

        assertThat(reasons).hasSize(255).contains("Competitor CRM: " + longest + ".").endsWith("…");
    }
}
