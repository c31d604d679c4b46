package dev.tiersync.domain;

import static dev.tiersync.testdata.Histories.customer;
import static dev.tiersync.testdata.Histories.history;
import static dev.tiersync.testdata.OpportunityBuilder.aLostDeal;
import static dev.tiersync.testdata.OpportunityBuilder.aWonDeal;
import static dev.tiersync.testdata.OpportunityBuilder.anOpenDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrailingRevenueQuartilesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private final TrailingRevenueQuartiles rule = new TrailingRevenueQuartiles();

    @Test
    void eightCustomersSplitIntoFourQuartilesOfTwoByTrailingRevenue() {
        List<AccountHistory> accounts = List.of(
                customer("a1", "800", "2024-05-01"), customer("a2", "700", "2024-05-01"),
                customer("a3", "600", "2024-05-01"), customer("a4", "500", "2024-05-01"),
                customer("a5", "400", "2024-05-01"), customer("a6", "300", "2024-05-01"),
                customer("a7", "200", "2024-05-01"), customer("a8", "100", "2024-05-01"));

        Map<String, Tier> tiers = tiersOf(rule.assess(accounts, AS_OF));

        assertThat(tiers).containsEntry("a1", Tier.A).containsEntry("a2", Tier.A)
                .containsEntry("a3", Tier.B).containsEntry("a4", Tier.B)
                .containsEntry("a5", Tier.C).containsEntry("a6", Tier.C)
                .containsEntry("a7", Tier.D).containsEntry("a8", Tier.D);
    }

    @Test
    void accountWithNoWonDealIsAProspectWhateverItsOpenOrLostDeals() {
        List<AccountHistory> accounts = List.of(
                customer("c1", "500", "2024-05-01"),
                history("p1", anOpenDeal().forAccount("p1").worth("90000").build(),
                        aLostDeal().forAccount("p1").worth("50000").closedOn("2024-10-01").build()),
                history("p2"));

        Map<String, Tier> tiers = tiersOf(rule.assess(accounts, AS_OF));

        assertThat(tiers).containsEntry("p1", Tier.PROSPECT).containsEntry("p2", Tier.PROSPECT)
                .containsEntry("c1", Tier.A);
    }

    @Test
    void onlyWinsInTheTwelveMonthsBeforeTheAsOfDateCountAsTrailingRevenue() {
        AccountHistory account = history("a",
                aWonDeal().forAccount("a").worth("100").closedOn("2023-12-31").build(),
                aWonDeal().forAccount("a").worth("200").closedOn("2024-01-01").build(),
                aWonDeal().forAccount("a").worth("300").closedOn("2024-12-31").build(),
                aWonDeal().forAccount("a").worth("400").closedOn("2025-01-01").build());

        Assessment assessment = rule.assess(List.of(account), AS_OF).get(0);

        assertThat(assessment.trailingWonRevenue()).isEqualByComparingTo("500");
    }

    @Test
    void customerWhoseWinsAreAllOlderThanAYearIsTierDNotProspect() {
        List<AccountHistory> accounts = List.of(
                customer("recent1", "900", "2024-06-01"), customer("recent2", "800", "2024-06-01"),
                customer("recent3", "700", "2024-06-01"), customer("lapsed", "5000", "2021-03-01"));

        Map<String, Tier> tiers = tiersOf(rule.assess(accounts, AS_OF));

        assertThat(tiers.get("lapsed")).isEqualTo(Tier.D);
    }

    @Test
    void aDealClosingOnOrAfterTheAsOfDateDoesNotMakeACustomer() {
        AccountHistory future = customer("f", "1000", "2025-01-01");

        assertThat(rule.assess(List.of(future), AS_OF).get(0).tier()).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void accountsWithEqualRevenueAlwaysShareATier() {
        List<AccountHistory> accounts = IntStream.range(0, 10)
                .mapToObj(i -> customer("t" + i, i < 6 ? "100" : "50", "2024-06-01"))
                .toList();

        Map<String, Tier> tiers = tiersOf(rule.assess(accounts, AS_OF));

        assertThat(IntStream.range(0, 6).mapToObj(i -> tiers.get("t" + i))).containsOnly(Tier.B);
        assertThat(IntStream.range(6, 10).mapToObj(i -> tiers.get("t" + i))).containsOnly(Tier.D);
    }

    @Test
    void lapsedCustomersWithNoRevenueInTheYearAreTierDEvenWhenTheyAreOverAQuarter() {
        List<AccountHistory> accounts = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> accounts.add(customer("active" + i, String.valueOf(1000 * (i + 1)), "2024-06-01")));
        IntStream.range(0, 4).forEach(i -> accounts.add(customer("lapsed" + i, "500", "2022-06-01")));

        Map<String, Tier> tiers = tiersOf(rule.assess(accounts, AS_OF));

        assertThat(IntStream.range(0, 4).mapToObj(i -> tiers.get("lapsed" + i))).containsOnly(Tier.D);
        assertThat(tiers).containsEntry("active5", Tier.A).containsEntry("active0", Tier.C);
    }

    @Test
    void everyAccountGetsExactlyOneAssessmentAndTheResultDoesNotDependOnInputOrder() {
        Random random = new Random(7);
        List<AccountHistory> accounts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            accounts.add(random.nextInt(5) == 0 ? history("x" + i)
                    : customer("x" + i, String.valueOf(random.nextInt(20) * 100), "2024-0" + (1 + random.nextInt(9)) + "-15"));
        }
        Map<String, Tier> original = tiersOf(rule.assess(accounts, AS_OF));
        List<AccountHistory> shuffled = new ArrayList<>(accounts);
        Collections.shuffle(shuffled, new Random(11));

        List<Assessment> reassessed = rule.assess(shuffled, AS_OF);

        assertThat(reassessed).hasSize(500);
        assertThat(reassessed).extracting(Assessment::accountId)
                .containsExactlyElementsOf(shuffled.stream().map(AccountHistory::accountId).toList());
        assertThat(tiersOf(reassessed)).isEqualTo(original);
    }

    @Test
    void quartilesHoldRoughlyAQuarterOfCustomersEachWhenRevenuesDiffer() {
        List<AccountHistory> accounts = IntStream.range(0, 101)
                .mapToObj(i -> customer("q" + i, String.valueOf(1000 + i), "2024-06-01"))
                .toList();

        Map<Tier, Long> counts = rule.assess(accounts, AS_OF).stream()
                .collect(Collectors.groupingBy(Assessment::tier, Collectors.counting()));

        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(25L, 26L));
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Tier.A, Tier.B, Tier.C, Tier.D);
    }

    @Test
    void aTrailingPeriodThatIsNotPositiveIsRejected() {
        assertThatThrownBy(() -> new TrailingRevenueQuartiles(Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trailing period must be positive");
    }

    @Test
    void noAccountsGiveNoAssessments() {
        assertThat(rule.assess(List.of(), AS_OF)).isEmpty();
    }

    private static Map<String, Tier> tiersOf(List<Assessment> assessments) {
        return assessments.stream().collect(Collectors.toMap(Assessment::accountId, Assessment::tier));
    }

}
