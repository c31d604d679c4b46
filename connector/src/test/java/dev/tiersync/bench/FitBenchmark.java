package dev.tiersync.bench;

import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitLearner;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.FitScore;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.SchemeEvaluation;
import dev.tiersync.domain.fit.internal.ProfileBuilder;
import dev.tiersync.domain.fit.internal.TrainingSet;
import dev.tiersync.domain.fit.internal.Variables;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test: the fit on N accounts (about 45 % established customers). Times the tier
 * profile of every customer, the whole learning run (profile, sample, every scheme trained with
 * its cross-validation, the choice) and scoring every account, with the reasons of the prospects,
 * and reports the heap. The accounts' quality scores are drawn here, planted on industry, size and
 * region with lognormal noise: the engine's own cost is measured by {@link SegmenterBenchmark}.
 * Run with the heap the target names: {@code bench/fit 1000000 3 2g} (a fourth argument sets {@code training-sample}).
 */
public final class FitBenchmark {

    private static final String[] INDUSTRIES = {"Technology", "Finance", "Retail", "Healthcare", "Manufacturing", "Energy",
            "Education", "Media", "Consulting", "Unknown"};
    private static final String[] COUNTRIES = {"United States", "Canada", "Germany", "United Kingdom", "France", "Brazil",
            "Japan", "India", "Australia", "Kenya", null};
    private static final Region[] REGIONS = {Region.NORTH_AMERICA, Region.NORTH_AMERICA, Region.EMEA, Region.EMEA, Region.EMEA,
            Region.LATIN_AMERICA, Region.APAC, Region.APAC, Region.APAC, Region.EMEA, Region.UNKNOWN};
    private static final String[] TYPES = {"Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", null};

    private FitBenchmark() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        List<FitAccount> views = generate(accounts);
        List<FitAccount> customers = views.stream().filter(FitAccount::isCustomer).toList();
        System.out.printf("generated %,d fit views (%,d established customers) in %.2f s; heap used after GC %,d MB (max %,d MB), %d cores%n",
                accounts, customers.size(), (System.nanoTime() - t0) / 1e9, usedAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        HeapSampler sampler = HeapSampler.start();
        FitConfig config = args.length > 2 ? FitConfig.builder().trainingSample(Integer.parseInt(args[2])).build() : FitConfig.defaults();
        FitLearner learner = new FitLearner(config);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            FitOutcome outcome = learner.learn(views);
            double learn = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            List<FitScore> scores = outcome.scoreAll(views);
            double score = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            long reasonChars = 0;
            Map<FitTier, Integer> tiers = new EnumMap<>(FitTier.class);
            for (int i = 0; i < scores.size(); i++) {
                FitScore s = scores.get(i);
                tiers.merge(s.tier(), 1, Integer::sum);
                if (!views.get(i).isCustomer()) {
                    reasonChars += s.reason().length();
                }
            }
            double reasons = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            new ProfileBuilder(config).build(customers, TrainingSet.percentiles(customers), Variables.of(customers));
            double profile = (System.nanoTime() - start) / 1e9;
            SchemeEvaluation chosen = outcome.report().chosenEvaluation().orElse(null);
            System.out.printf("run %d: learn (tier profile, sample of %,d, %d schemes with %d-fold CV, choice) %.2f s; "
                            + "score %,d accounts %.2f s; reasons of %,d prospects %.2f s (%,d chars); total %.2f s "
                            + "(the tier profile of the %,d customers alone, timed after: %.2f s)%n", run,
                    outcome.report().population().learntFrom(), outcome.report().schemes().size(), config.folds(), learn,
                    scores.size(), score, views.size() - customers.size(), reasons, reasonChars, learn + score + reasons,
                    customers.size(), profile);
            System.out.printf("  chosen %s, capture at 25%% %.1f%%, area %.3f; tiers %s%n", chosen == null ? "none" : chosen.kind().key(),
                    chosen == null ? Double.NaN : 100 * chosen.captureAtQuarter(), chosen == null ? Double.NaN : chosen.areaOverDiagonal(),
                    tiers);
            for (SchemeEvaluation e : outcome.report().schemes()) {
                System.out.printf("  %-10s capture at 25%% %.1f%%, area %.3f%n", e.kind().key(), 100 * e.captureAtQuarter(), e.areaOverDiagonal());
            }
        }
        System.out.printf("heap cap %,d MB, highest sampled heap use %,d MB; GC time %,d ms%n", Runtime.getRuntime().maxMemory() >> 20,
                sampler.stop() >> 20, gcMillis());
    }

    static List<FitAccount> generate(int accounts) {
        SplittableRandom random = new SplittableRandom(5);
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        List<FitAccount> views = new ArrayList<>(accounts);
        for (int a = 0; a < accounts; a++) {
            int industry = random.nextInt(INDUSTRIES.length);
            int country = random.nextInt(COUNTRIES.length);
            int employees = (int) Math.max(1, Math.exp(Math.log(200) + 1.5 * gaussian(random)));
            double revenue = employees * Math.exp(Math.log(150_000) + 0.6 * gaussian(random));
            SizeBand band = employees >= 1000 ? SizeBand.ENTERPRISE : employees >= 100 ? SizeBand.MID_MARKET : SizeBand.SMALL;
            FitAccount.Builder view = FitAccount.builder(String.format("001B%09d", a)).name("Account " + a).asOf(asOf)
                    .firmographics(INDUSTRIES[industry], band, REGIONS[country])
                    .employees(random.nextInt(10) == 0 ? null : employees)
                    .annualRevenue(random.nextInt(8) == 0 ? null : BigDecimal.valueOf(Math.round(revenue)))
                    .billingCountry(COUNTRIES[country]).type(TYPES[random.nextInt(TYPES.length)])
                    .ageYears(random.nextInt(30)).parentId(random.nextInt(12) == 0 ? "001P" : null)
                    .attribute("Cloud", random.nextBoolean() ? "yes" : "no");
            double roll = random.nextDouble();
            if (roll < 0.45) {
                double planted = (industry == 0 ? 4 : 1) * (employees >= 1000 ? 3 : 1) * (country < 2 ? 2 : 1);
                view.customer(20_000 * planted * Math.exp(1.1 * gaussian(random)));
            } else if (roll < 0.50) {
                view.newCustomer();
            }
            views.add(view.build());
        }
        return views;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static long usedAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
