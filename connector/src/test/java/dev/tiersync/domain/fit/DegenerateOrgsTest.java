package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orgs with nothing, or nothing usable, to learn from: no fit and a reason, never a crash. */
class DegenerateOrgsTest {

    private static final FitConfig SMALL = FitConfig.builder().minCustomers(40).minNodeSize(10).build();

    private static FitAccount.Builder account(int i) {
        return FitAccount.builder(String.format("001D%05d", i))
                .firmographics(i % 2 == 0 ? "Technology" : "Retail", SizeBand.SMALL, Region.EMEA).employees(10 + i);
    }

    @Test
    void anOrgWithNoAccountAtAllHasNoFitAndNoProfile() {
        FitOutcome outcome = new FitLearner(FitConfig.defaults()).learn(List.of());

        assertThat(outcome.model()).isEmpty();
        assertThat(outcome.report().profile()).isEmpty();
        assertThat(outcome.report().decision()).isEqualTo("no fit: too few customers to learn from: 0 established, at least 200 "
                + "needed (tiersync.segmentation.fit.min-customers)");
        assertThat(outcome.scoreAll(List.of())).isEmpty();
        assertThat(outcome.report().lines()).isNotEmpty();
    }

    @Test
    void anOrgOfProspectsOnlyHasNoFitAndEveryProspectIsUnknown() {
        List<FitAccount> prospects = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            prospects.add(account(i).build());
        }

        FitOutcome outcome = new FitLearner(FitConfig.defaults()).learn(prospects);

        assertThat(outcome.report().population().prospects()).isEqualTo(300);
        assertThat(outcome.scoreAll(prospects)).allMatch(s -> s.tier() == FitTier.UNKNOWN);
    }

    @Test
    void customersThatAllScoreTheSameGiveNoTopQuarterAndNoFit() {
        List<FitAccount> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(account(i).customer(5_000).build());
        }

        FitOutcome outcome = new FitLearner(SMALL).learn(customers);

        assertThat(outcome.model()).isEmpty();
        assertThat(outcome.report().schemes()).allSatisfy(s -> assertThat(s.lift().top()).isZero());
        assertThat(outcome.report().decision()).startsWith("no fit: no scheme beats the diagonal");
    }

    @Test
    void customersWithNoKnownTraitGiveNoFit() {
        List<FitAccount> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(FitAccount.builder("001E" + i).customer(i * 100.0).build());
        }

        FitOutcome outcome = new FitLearner(SMALL).learn(customers);

        assertThat(outcome.model()).isEmpty();
        assertThat(outcome.report().notes()).anyMatch(n -> n.contains("Industry") && n.contains("Employees"));
    }
}
