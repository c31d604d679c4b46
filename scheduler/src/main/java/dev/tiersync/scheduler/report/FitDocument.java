package dev.tiersync.scheduler.report;

import dev.tiersync.domain.fit.BacktestReport;
import dev.tiersync.domain.fit.Contrast;
import dev.tiersync.domain.fit.FitPopulation;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.LiftChart;
import dev.tiersync.domain.fit.RankedCustomer;
import dev.tiersync.domain.fit.SchemeEvaluation;
import dev.tiersync.domain.fit.SchemeKind;
import dev.tiersync.domain.fit.TierProfile;
import dev.tiersync.domain.fit.VariableProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fit in its JSON form, as {@code GET /api/orgs/{org}/fit} answers it: what the fit learnt from the
 * org's customers (the tier profile, every scheme with its lift curve) and why it was or was not written,
 * with the backtest when asked for. Numbers that cannot be computed are null, never NaN; shares are 0–1;
 * a lift curve has 101 points, X = 0 %, 1 %, …, 100 % of the ranking. The run report carries the
 * {@link Summary}. The shape is described, with an example, in the README's fit section.
 *
 * @param fitTiers accounts per fit tier, every tier named
 * @param profile null with fewer than 8 customers
 * @param backtest null unless asked for
 */
public record FitDocument(String org, String asOf, boolean hasFit, String chosen, String decision, String noFitReason,
                          List<String> notes, Population population, Map<String, Integer> fitTiers, Profile profile,
                          List<Scheme> schemes, Backtest backtest) {

    public static FitDocument of(String org, String asOf, FitReport report, Map<FitTier, Integer> tiers, Optional<String> noFitReason,
                                 Backtest backtest) {
        FitPopulation p = report.population();
        return new FitDocument(org, asOf, report.hasFit(), report.chosen().map(SchemeKind::key).orElse(null), report.decision(),
                noFitReason.orElse(null), report.notes(),
                new Population(p.accounts(), p.customers(), p.newCustomers(), p.prospects(), p.learntFrom()), tierCounts(tiers),
                report.profile().map(Profile::of).orElse(null),
                report.schemes().stream().map(e -> Scheme.of(e, report)).toList(), backtest);
    }

    /** Accounts per fit tier, every tier named, in picklist order. */
    static Map<String, Integer> tierCounts(Map<FitTier, Integer> tiers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FitTier tier : FitTier.values()) {
            counts.put(tier.picklistValue(), tiers.getOrDefault(tier, 0));
        }
        return counts;
    }

    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static List<Double> numbers(List<Double> values) {
        List<Double> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(v == null ? null : number(v)));
        return out;
    }

    /** Who the fit learnt from and was applied to. */
    public record Population(int accounts, int customers, int newCustomers, int prospects, int learntFrom) {
    }

    /** The tier profile: groups best first ({@code A B C D}, or deciles {@code 1 … 10}). */
    public record Profile(int customers, List<String> groups, List<Integer> groupSizes, List<Variable> variables,
                          List<ContrastEntry> contrasts, List<Customer> top, List<Customer> bottom) {
        static Profile of(TierProfile p) {
            return new Profile(p.customers(), p.groups(), p.groupSizes(), p.variables().stream().map(Variable::of).toList(),
                    p.contrasts().stream().map(ContrastEntry::of).toList(), p.top().stream().map(Customer::of).toList(),
                    p.bottom().stream().map(Customer::of).toList());
        }
    }

    /**
     * One variable across the groups: {@code kind} {@code numeric} with means, medians and missing shares, or
     * {@code categorical} with its levels' shares (the other lists then null).
     */
    public record Variable(String variable, String label, String kind, List<Double> means, List<Double> medians,
                           List<Double> missingShares, List<Level> levels) {
        static Variable of(VariableProfile profile) {
            if (profile instanceof VariableProfile.Numeric n) {
                return new Variable(n.variable().key(), n.variable().label(), "numeric", numbers(n.means()), numbers(n.medians()),
                        numbers(n.missingShares()), null);
            }
            VariableProfile.Categorical c = (VariableProfile.Categorical) profile;
            return new Variable(c.variable().key(), c.variable().label(), "categorical", null, null, null,
                    c.levels().stream().map(l -> new Level(l.level(), numbers(l.shares()))).toList());
        }
    }

    /** One value of a categorical variable and its share of each group. */
    public record Level(String level, List<Double> shares) {
    }

    /** How much one variable differs between A and D: effect 0–1, its p-value, and what differs. */
    public record ContrastEntry(String variable, String label, Double effect, Double pValue, String summary) {
        static ContrastEntry of(Contrast c) {
            return new ContrastEntry(c.variable().key(), c.variable().label(), number(c.effect()), number(c.pValue()), c.summary());
        }
    }

    /** A customer of the top or bottom ten by quality score. */
    public record Customer(String accountId, String name, Double quality, Double percentile, String group, String traits) {
        static Customer of(RankedCustomer c) {
            return new Customer(c.accountId(), c.name(), number(c.quality()), number(c.percentile()), c.group(), c.traits());
        }
    }

    /** One scheme, judged on customers it did not learn from, with its lift curve and the perfect one. */
    public record Scheme(String kind, String label, boolean chosen, boolean beatsDiagonal, Double captureAtQuarter,
                         Double areaOverDiagonal, Double perfectArea, Double pValue, String verdict, List<String> description,
                         Lift lift) {
        static Scheme of(SchemeEvaluation e, FitReport report) {
            LiftChart chart = e.lift();
            List<Double> perfect = new ArrayList<>(101);
            for (int x = 0; x <= 100; x++) {
                perfect.add(chart.perfectAt(x / 100.0));
            }
            return new Scheme(e.kind().key(), e.kind().label(), report.chosen().equals(Optional.of(e.kind())), e.beatsDiagonal(),
                    number(e.captureAtQuarter()), number(e.areaOverDiagonal()), number(chart.perfectArea()), number(e.pValue()),
                    e.verdict(), e.description(), new Lift(chart.customers(), chart.top(), numbers(chart.captured()), perfect));
        }
    }

    /** A lift curve: {@code captured} and {@code perfect} at X = 0 %, 1 %, …, 100 %; the diagonal is Y = X. */
    public record Lift(int customers, int top, List<Double> captured, List<Double> perfect) {
    }

    /** The fit learnt as of {@code months} ago, and how the prospects of then that have bought since were scored. */
    public record Backtest(int months, String asOf, boolean hasFit, String chosen, String decision, List<TierEntry> tiers,
                           List<Converted> converted) {
        public static Backtest of(int months, String asOf, BacktestReport report) {
            return new Backtest(months, asOf, report.fitThen().hasFit(), report.fitThen().chosen().map(SchemeKind::key).orElse(null),
                    report.fitThen().decision(),
                    report.tiers().stream().map(t -> new TierEntry(t.tier().picklistValue(), t.prospects(), t.converted(),
                            number(t.conversionRate()), t.revenue())).toList(),
                    report.converted().stream().map(c -> new Converted(c.accountId(), c.name(), number(c.fitScore()),
                            c.tier().picklistValue(), c.revenue())).toList());
        }
    }

    /** One fit tier's prospects of then: how many, how many bought since, and the revenue they brought. */
    public record TierEntry(String tier, int prospects, int converted, Double conversionRate, double revenue) {
    }

    /** A prospect of then that has bought since, with the fit it was given then. */
    public record Converted(String accountId, String name, Double fitScore, String tier, double revenue) {
    }

    /**
     * The fit as a run report carries it (the run's JSON, the history, {@code --json}): the decision, the chosen
     * scheme's lift figures and description, each scheme's figures and the A-versus-D contrasts; no curves.
     */
    public record Summary(boolean hasFit, String chosen, String decision, String noFitReason, Double captureAtQuarter,
                          Double areaOverDiagonal, Map<String, Integer> fitTiers, List<SchemeFigures> schemes,
                          List<String> chosenScheme, List<ContrastEntry> contrasts) {

        static Summary of(FitReport report, Optional<String> noFitReason, Map<FitTier, Integer> tiers) {
            Optional<SchemeEvaluation> chosen = report.chosenEvaluation();
            return new Summary(report.hasFit(), report.chosen().map(SchemeKind::key).orElse(null), report.decision(),
                    noFitReason.orElse(null),
                    chosen.map(e -> number(e.captureAtQuarter())).orElse(null),
                    chosen.map(e -> number(e.areaOverDiagonal())).orElse(null), tierCounts(tiers),
                    report.schemes().stream().map(e -> new SchemeFigures(e.kind().key(), e.kind().label(),
                            report.chosen().equals(Optional.of(e.kind())), e.beatsDiagonal(), number(e.captureAtQuarter()),
                            number(e.areaOverDiagonal()), number(e.pValue()), e.verdict())).toList(),
                    chosen.map(SchemeEvaluation::description).orElse(List.of()),
                    report.profile().map(p -> p.contrasts().stream().map(ContrastEntry::of).toList()).orElse(List.of()));
        }
    }

    /** One scheme's figures in a run report. */
    public record SchemeFigures(String kind, String label, boolean chosen, boolean beatsDiagonal, Double captureAtQuarter,
                                Double areaOverDiagonal, Double pValue, String verdict) {
    }
}
