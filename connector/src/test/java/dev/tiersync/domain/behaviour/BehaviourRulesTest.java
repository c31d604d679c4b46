package dev.tiersync.domain.behaviour;

import static dev.tiersync.testdata.Profiles.AS_OF;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.MetricsCalculator;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.signals.FadingEngagement;
import dev.tiersync.domain.signals.RisingEngagement;
import dev.tiersync.domain.signals.SpendNorms;
import dev.tiersync.domain.value.QualityScore;
import dev.tiersync.domain.value.ValueScoreConfig;
import dev.tiersync.testdata.AccountBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cost to serve from cases, engagement from activities and the decision chain from contacts, on data made apart from the rules. */
class BehaviourRulesTest {

    private static final Set<RelatedObject> EVERYTHING = EnumSet.allOf(RelatedObject.class);
    private final EngagementConfig engagement = EngagementConfig.defaults();

    @Test
    void theYearsCasesWeighedByPriorityReplaceTheFlatCostToServeWhenTheOrgRecordsCases() {
        List<SupportCase> cases = List.of(new SupportCase("High", AS_OF.minusDays(10)), new SupportCase("High", AS_OF.minusDays(40)),
                new SupportCase("Low", AS_OF.minusDays(100)), new SupportCase("Medium", AS_OF.minusDays(200)),
                new SupportCase("High", AS_OF.minusDays(400)));
        Opportunity[] deals = {won("a", "100000", "2024-06-01")};
        QualityScore quality = new QualityScore(ValueScoreConfig.defaults(), CostToServeConfig.defaults());

        AccountProfile withCases = profile(new Relationship(EVERYTHING, cases, List.of(), List.of(), Map.of()), deals);
        AccountProfile orgWithoutCases = profile(Relationship.UNKNOWN, deals);

        assertThat(quality.costToServe(withCases)).as("2 High x 2 + 1 Low x 0.5 + 1 Medium, at 250 each; the old case left out")
                .isEqualTo(250 * (2 * 2 + 0.5 + 1));
        assertThat(quality.costToServe(orgWithoutCases)).isEqualTo(0.15 * 100_000);
        assertThat(quality.of(withCases) - quality.of(orgWithoutCases)).isEqualTo(0.15 * 100_000 - 250 * 5.5);
        assertThat(new QualityScore(ValueScoreConfig.defaults(), new CostToServeConfig(0, Map.of())).costToServe(withCases))
                .as("a cost per case of 0 keeps the flat rate").isEqualTo(0.15 * 100_000);
        assertThat(new CostToServeConfig(100, Map.of()).costOf(Map.of("High", 3, "Urgent", 1))).as("unweighted priorities count 1")
                .isEqualTo(400);
    }

    @Test
    void engagementRisesWithHowOftenAndHowCloselyWeAreInTouch() {
        EngagementRule rule = new EngagementRule(engagement);
        SplittableRandom random = new SplittableRandom(18);

        List<BehaviourMetrics> busy = accounts(random, 20, 20);
        List<BehaviourMetrics> occasional = accounts(random, 2, 2);
        List<BehaviourMetrics> silent = accounts(random, 0, 0);

        assertThat(share(busy, m -> rule.levelOf(m).orElseThrow() == EngagementLevel.HIGH)).isGreaterThan(0.9);
        assertThat(share(occasional, m -> rule.levelOf(m).orElseThrow().compareTo(EngagementLevel.MEDIUM) >= 0))
                .as("Medium or Low, rarely High").isGreaterThan(0.3);
        assertThat(share(occasional, m -> rule.levelOf(m).orElseThrow() == EngagementLevel.HIGH)).isLessThan(0.05);
        assertThat(silent).allSatisfy(m -> assertThat(rule.levelOf(m)).contains(EngagementLevel.NONE));
        assertThat(rule.levelOf(BehaviourMetrics.unknown(AS_OF))).as("an org without activities").isEmpty();
    }

    @Test
    void fadingEngagementIsAChurnSignalAndSteadyEngagementIsNot() {
        FadingEngagement fading = new FadingEngagement(engagement);
        SplittableRandom random = new SplittableRandom(7);
        Opportunity[] deals = {won("a", "1000", "2024-06-01"), won("a", "1000", "2024-09-01")};

        List<AccountProfile> faded = accounts(random, 12, 2).stream().map(m -> profile(m, deals)).toList();
        List<AccountProfile> steady = accounts(random, 12, 12).stream().map(m -> profile(m, deals)).toList();

        assertThat(share(faded, p -> fading.evaluate(p).isPresent())).isGreaterThan(0.9);
        assertThat(share(steady, p -> fading.evaluate(p).isPresent())).isLessThan(0.05);
        assertThat(faded.stream().map(fading::evaluate).flatMap(java.util.Optional::stream).findFirst().orElseThrow().reason())
                .matches("activity down \\d+% on the 90 days before");
    }

    @Test
    void risingEngagementIsAnUpsellSignalOnlyWithGrowingSpend() {
        RisingEngagement rising = new RisingEngagement(engagement);
        SplittableRandom random = new SplittableRandom(9);
        Opportunity[] growing = {won("a", "1000", "2023-09-01"), won("a", "3000", "2024-11-01")};
        Opportunity[] shrinking = {won("a", "3000", "2023-09-01"), won("a", "1000", "2024-11-01")};
        SpendNorms none = SpendNorms.of(List.of());

        List<BehaviourMetrics> warmer = accounts(random, 4, 14);

        assertThat(share(warmer, m -> rising.evaluate(profile(m, growing), none).isPresent())).isGreaterThan(0.9);
        assertThat(share(warmer, m -> rising.evaluate(profile(m, shrinking), none).isPresent())).isZero();
    }

    @Test
    void theDecisionChainIsLongWhenWonDealsNameManyContactsOrTheAccountHasMany() {
        DecisionChainRule rule = new DecisionChainRule(DecisionChainConfig.defaults());
        List<String> won = List.of("d1", "d2", "d3");

        assertThat(rule.chainOf(BehaviourMetrics.of(relationship(Map.of("d1", 5, "d2", 4, "d3", 2), 6), won, AS_OF)))
                .contains(DecisionChain.LONG);
        assertThat(rule.chainOf(BehaviourMetrics.of(relationship(Map.of("d1", 1, "d2", 2, "lost", 9), 12), won, AS_OF)))
                .as("a lost deal's committee does not count").contains(DecisionChain.SHORT);
        assertThat(rule.chainOf(BehaviourMetrics.of(relationship(Map.of(), 10), won, AS_OF))).contains(DecisionChain.LONG);
        assertThat(rule.chainOf(BehaviourMetrics.of(relationship(Map.of(), 3), won, AS_OF))).contains(DecisionChain.SHORT);
        assertThat(rule.chainOf(BehaviourMetrics.unknown(AS_OF))).contains(DecisionChain.UNKNOWN);
        assertThat(new DecisionChainRule(new DecisionChainConfig(false, 3, 8)).chainOf(BehaviourMetrics.unknown(AS_OF))).isEmpty();
        assertThat(rule.describe(DecisionChain.LONG, BehaviourMetrics.of(relationship(Map.of("d1", 5, "d2", 4), 6), won, AS_OF)))
                .isEqualTo("decision chain Long: 4.5 contacts per won deal");
    }

    @Test
    void aBadSettingNamesItsKey() {
        assertThatThrownBy(() -> new CostToServeConfig(-1, Map.of())).hasMessageStartingWith("value.cost-per-case");
        assertThatThrownBy(() -> new CostToServeConfig(10, Map.of("High", -2.0)))
                .hasMessageStartingWith("value.case-priority-weights.High");
        assertThatThrownBy(() -> new EngagementConfig(true, 3, 2, 1, 4, 4, 0.4, 1.5)).hasMessageStartingWith("engagement.high-points");
        assertThatThrownBy(() -> new DecisionChainConfig(true, 0, 8)).hasMessageStartingWith("decision-chain.long-from-contacts-per-deal");
    }

    /**
     * Accounts whose activities arrive at random (a Poisson stream, a mix of meetings, calls and emails), about
     * {@code before} in the 90 days before last and {@code recent} in the last 90 days.
     */
    private static List<BehaviourMetrics> accounts(SplittableRandom random, double before, double recent) {
        return IntStream.range(0, 500).mapToObj(i -> {
            List<Activity> activities = new ArrayList<>();
            for (int day = 1; day <= 180; day++) {
                double rate = (day <= 90 ? recent : before) / 90.0;
                if (random.nextDouble() < rate) {
                    double u = random.nextDouble();
                    activities.add(new Activity(u < 0.2 ? ActivityKind.MEETING : u < 0.6 ? ActivityKind.CALL : ActivityKind.EMAIL,
                            AS_OF.minusDays(day)));
                }
            }
            return BehaviourMetrics.of(new Relationship(EVERYTHING, List.of(), activities, List.of(), Map.of()), List.of(), AS_OF);
        }).toList();
    }

    private static Relationship relationship(Map<String, Integer> perDeal, int contacts) {
        List<LocalDate> since = IntStream.range(0, contacts).mapToObj(i -> AS_OF.minusDays(100 + i)).toList();
        return new Relationship(EVERYTHING, List.of(), List.of(), since, perDeal);
    }

    private static AccountProfile profile(Relationship relationship, Opportunity... deals) {
        List<Opportunity> list = List.of(deals);
        return profile(BehaviourMetrics.of(relationship, list.stream().map(Opportunity::id).toList(), AS_OF), deals);
    }

    private static AccountProfile profile(BehaviourMetrics behaviour, Opportunity... deals) {
        return new AccountProfile(AccountBuilder.anAccount("a").build(), "Technology", SizeBand.MID_MARKET, Region.NORTH_AMERICA,
                MetricsCalculator.of(List.of(deals), AS_OF), Enrichment.NONE, behaviour);
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }
}
