package dev.tiersync.bench;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.engine.Assessment;
import dev.tiersync.domain.engine.Extensions;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.fields.FieldValues;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test: assesses N accounts with about 5 opportunities each and reports the time of
 * each run and the peak heap. Run it with the heap the target names, e.g.
 * {@code java -Xmx2g -cp ... dev.tiersync.bench.SegmenterBenchmark 1000000 5}.
 */
public final class SegmenterBenchmark {

    private static final String[] INDUSTRIES = {"Technology", "technolgy", "medical", "Finance", "Retail", "software",
            "Manufacturing", "Energy", "Telecommunications", "services", null};
    private static final String[] COUNTRIES = {"United States", "USA", "Germany", "DE", "Japan", "Brazil", "Kenya",
            "Philipines", "United Kingdom", "India", null};
    private static final String[] STAGES = {"Closed Won", "Closed Lost", "Prospecting"};

    private SegmenterBenchmark() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        long t0 = System.nanoTime();
        List<AccountHistory> org = generate(accounts, asOf);
        long opportunities = org.stream().mapToLong(h -> h.opportunities().size()).sum();
        System.out.printf("generated %,d accounts and %,d opportunities in %.2f s; heap used after GC %,d MB (max %,d MB), %d cores%n",
                accounts, opportunities, (System.nanoTime() - t0) / 1e9, usedAfterGc() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        HeapSampler sampler = HeapSampler.start();
        Segmenter segmenter = new Segmenter(SegmentationConfig.defaults());
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Assessment assessment = segmenter.assessment(org, asOf, Extensions.NONE);
            List<Segmentation> results = assessment.results();
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("run %d: assessed %,d accounts in %.2f s (%,.0f accounts/s), the fit included: %s%n", run, results.size(),
                    seconds, results.size() / seconds, assessment.fitReport().decision());
        }
        System.out.printf("best %.2f s; heap cap %,d MB, highest sampled heap use %,d MB; GC time %,d ms%n", best,
                Runtime.getRuntime().maxMemory() >> 20, sampler.stop() >> 20, gcMillis());
    }

    static List<AccountHistory> generate(int accounts, LocalDate asOf) {
        SplittableRandom random = new SplittableRandom(1);
        LocalDate[] days = new LocalDate[3 * 365 + 200];
        Instant[] instants = new Instant[days.length];
        for (int d = 0; d < days.length; d++) {
            days[d] = asOf.minusDays(3 * 365).plusDays(d);
            instants[d] = days[d].atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        double[] amounts = new double[4096];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = Math.round(500 * Math.pow(1 - random.nextDouble(), -1 / 1.16));
        }
        List<AccountHistory> org = new ArrayList<>(accounts);
        long opportunityId = 0;
        for (int a = 0; a < accounts; a++) {
            String id = "001" + a;
            Account account = new Account(id, "Account " + a, INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                    BigDecimal.valueOf(1_000_000L * (1 + random.nextInt(900))), 5 + random.nextInt(5000),
                    COUNTRIES[random.nextInt(COUNTRIES.length)], "Customer", null, instants[0], FieldValues.NONE);
            int n = random.nextInt(11);
            List<Opportunity> opportunities = new ArrayList<>(n);
            for (int o = 0; o < n; o++) {
                int stage = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 6 ? 1 : 2;
                int day = stage == 2 ? 3 * 365 + random.nextInt(200) : random.nextInt(3 * 365);
                opportunities.add(new Opportunity(Long.toString(++opportunityId, 36), id, amounts[random.nextInt(amounts.length)],
                        STAGES[stage], stage != 2, stage == 0, days[day], instants[Math.max(0, day - 30)]));
            }
            org.add(new AccountHistory(account, opportunities));
        }
        return org;
    }

    private static long usedAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
