package dev.tiersync.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;
import dev.tiersync.domain.metrics.MetricsCalculator;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.testdata.OrgHistories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The API's view of an account is a faithful copy of the engine's, on a generated org's accounts. */
class AccountViewsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @Test
    void everyMetricTheEngineComputesReadsTheSameThroughTheView() {
        List<AccountHistory> org = OrgHistories.of(OrgData.generate(300, 17, AS_OF)).histories();

        assertThat(org).hasSize(300);
        for (AccountHistory history : org) {
            AccountMetrics engine = MetricsCalculator.of(history.opportunities(), AS_OF);
            Metrics view = AccountViews.of(profile(history, engine)).metrics();

            assertThat(view.asOf()).isEqualTo(engine.asOf());
            assertThat(view.isCustomer()).isEqualTo(engine.isCustomer());
            assertThat(view.lifetimeWon()).isEqualTo(engine.lifetimeWon());
            assertThat(view.trailingWon()).isEqualTo(engine.trailingWon());
            assertThat(view.priorWon()).isEqualTo(engine.priorWon());
            assertThat(view.growth()).isEqualTo(engine.growth());
            assertThat(view.wonDeals()).isEqualTo(engine.wonDeals());
            assertThat(view.closedDeals()).isEqualTo(engine.closedDeals());
            assertThat(view.winRate()).isEqualTo(nanIsEmpty(engine.winRate()));
            assertThat(view.lostLast12Months()).isEqualTo(engine.lostLast12Months());
            assertThat(view.openPipeline()).isEqualTo(engine.openPipeline());
            assertThat(view.medianWinIntervalDays()).isEqualTo(nanIsEmpty(engine.medianWinIntervalDays()));
            assertThat(view.daysSinceLastWin()).isEqualTo(engine.daysSinceLastWin());
            assertThat(view.tenureDays()).isEqualTo(engine.tenureDays());
            assertThat(view.daysSinceActivity()).isEqualTo(engine.daysSinceActivity());
        }
        assertThat(org).as("the generated org has customers and prospects")
                .anyMatch(h -> MetricsCalculator.of(h.opportunities(), AS_OF).isCustomer())
                .anyMatch(h -> !MetricsCalculator.of(h.opportunities(), AS_OF).isCustomer());
    }

    @Test
    void firmographicsAreTheRecordsAndTheValuesTheRulesUse() {
        AccountHistory history = OrgHistories.of(OrgData.generate(5, 3, AS_OF)).histories().get(0);
        AccountProfile profile = new AccountProfile(history.account(), "Healthcare", SizeBand.MID_MARKET, Region.EMEA,
                MetricsCalculator.of(history.opportunities(), AS_OF));

        AccountView view = AccountViews.of(profile);

        assertThat(view.id()).isEqualTo(history.accountId());
        assertThat(view.firmographics().name()).contains(history.account().name());
        assertThat(view.firmographics().industry()).isEqualTo("Healthcare");
        assertThat(view.firmographics().sizeBand()).isEqualTo("Mid-Market");
        assertThat(view.firmographics().region()).isEqualTo("EMEA");
        assertThat(view.firmographics().billingCountry()).isEqualTo(java.util.Optional.ofNullable(history.account().billingCountry()));
        assertThat(view.firmographics().annualRevenue()).isEqualTo(java.util.Optional.ofNullable(history.account().annualRevenue()));
        assertThat(view.attributes().isEmpty()).isTrue();
    }

    @Test
    void theSpendNormsAreReadBySizeBandPicklistValue() {
        var profiles = List.of(
                profile("a", SizeBand.ENTERPRISE, 100_000), profile("b", SizeBand.ENTERPRISE, 300_000), profile("c", SizeBand.SMALL, 5_000));
        var norms = EngineSpendNorms.of(dev.tiersync.domain.signals.SpendNorms.of(profiles));

        assertThat(norms.medianTrailingWon("Enterprise")).hasValue(200_000);
        assertThat(norms.medianTrailingWon("Small")).hasValue(5_000);
        assertThat(norms.medianTrailingWon("Mid-Market")).as("no customer of that size spent").isEmpty();
        assertThat(norms.medianTrailingWon("Gigantic")).isEmpty();
    }

    private static AccountProfile profile(AccountHistory history, AccountMetrics metrics) {
        return new AccountProfile(history.account(), "Technology", SizeBand.SMALL, Region.NORTH_AMERICA, metrics);
    }

    private static AccountProfile profile(String id, SizeBand band, double trailingWon) {
        var account = dev.tiersync.testdata.AccountBuilder.anAccount(id).build();
        var deal = dev.tiersync.testdata.Profiles.won(id, BigDecimal.valueOf(trailingWon).toPlainString(), "2024-06-01");
        return new AccountProfile(account, "Technology", band, Region.NORTH_AMERICA, MetricsCalculator.of(List.of(deal), AS_OF));
    }

    private static OptionalDouble nanIsEmpty(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
