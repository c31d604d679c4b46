package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.fit.FitEnrichment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated org whose buying is planted on firmographic traits, written without looking at how
 * the fit encodes or learns anything: companies in technology, with 1,000 or more employees, in
 * North America, or running in the cloud (an enrichment attribute) place bigger deals and convert a
 * little more often. Everything else (type, age, country within a region, parent, web visits) is
 * noise. Real CRM mess on top: lognormal jitter on every deal, months without a deal, customers
 * that stopped, new customers, lost and open deals, a few one-off giant deals, industries and
 * countries spelt several ways, and missing employees, revenue, industry and country.
 *
 * <p>{@code strength} scales every planted effect: 1 as described, 0 for an org where no trait says
 * anything about value. The truth of each account's traits is kept, observed or not.
 */
public final class PlantedOrg {

    /** What the generator planted on one account, whether or not its fields show it. */
    public record Truth(boolean technology, boolean large, boolean northAmerica, boolean cloud) {

        public int plantedTraits() {
            return (technology ? 1 : 0) + (large ? 1 : 0) + (northAmerica ? 1 : 0);
        }

        /** How much bigger this account's deals are planted to be than a company with none of the traits. */
        public double multiplier(double strength) {
            return Math.pow((technology ? 4.0 : 1) * (large ? 3.0 : 1) * (northAmerica ? 2.0 : 1) * (cloud ? 1.4 : 1), strength);
        }
    }

    private static final String[] TECH_SPELLINGS = {"Technology", "software", "technolgy", "Tech", "SaaS"};
    private static final String[][] OTHER_INDUSTRIES = {{"Retail", "retail"}, {"Finance", "financial services"},
            {"Healthcare", "medical"}, {"Manufacturing", "industrial"}, {"Energy"}, {"Education"}, {"Media", "publishing"},
            {"Consulting", "services"}};
    private static final String[][] NORTH_AMERICA = {{"United States", "USA", "US", "united states"}, {"Canada", "CA"}};
    private static final String[][] ELSEWHERE = {{"United Kingdom", "UK"}, {"Germany", "DE"}, {"France"}, {"Brazil"},
            {"Mexico"}, {"Japan"}, {"India"}, {"Australia"}, {"Kenya"}, {"Netherlands"}};
    private static final String[] TYPES = {"Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", null};

    private final List<AccountHistory> histories;
    private final Map<String, Truth> truth;
    private final Map<String, Map<String, Object>> enrichment;

    private PlantedOrg(List<AccountHistory> histories, Map<String, Truth> truth, Map<String, Map<String, Object>> enrichment) {
        this.histories = histories;
        this.truth = truth;
        this.enrichment = enrichment;
    }

    /** {@code accounts} accounts, history ending the day before {@code asOf}, effects scaled by {@code strength}. */
    public static PlantedOrg generate(int accounts, LocalDate asOf, double strength, long seed) {
        Random random = new Random(seed);
        List<AccountHistory> histories = new ArrayList<>(accounts);
        Map<String, Truth> truth = new HashMap<>();
        Map<String, Map<String, Object>> enrichment = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            String id = String.format("001PLANT%07d", a);
            ids.add(id);
            boolean technology = random.nextDouble() < 0.22;
            boolean northAmerica = random.nextDouble() < 0.38;
            double trueEmployees = Math.exp(Math.log(220) + 1.5 * random.nextGaussian());
            boolean large = trueEmployees >= 1000;
            boolean cloud = random.nextDouble() < 0.4;
            Truth t = new Truth(technology, large, northAmerica, cloud);
            truth.put(id, t);
            enrichment.put(id, Map.of("Cloud", cloud ? "yes" : "no", "Web_Visits", Math.floor(Math.exp(3 + random.nextGaussian()))));
            double multiplier = t.multiplier(strength);
            Account account = account(random, id, t, trueEmployees, asOf, ids);
            histories.add(new AccountHistory(account, opportunities(random, id, multiplier, asOf)));
        }
        return new PlantedOrg(histories, truth, enrichment);
    }

    public List<AccountHistory> histories() {
        return histories;
    }

    public Truth truth(String accountId) {
        return truth.get(accountId);
    }

    /** The enrichment a plugin would add: {@code Cloud} (yes or no, planted) and {@code Web_Visits} (a number, noise). */
    public FitEnrichment enrichment() {
        return (account, view) -> {
            Map<String, Object> extra = enrichment.get(account.id());
            if (extra != null) {
                view.attribute("Cloud", (String) extra.get("Cloud"));
                view.attribute("Web_Visits", (Double) extra.get("Web_Visits"));
            }
        };
    }

    private static Account account(Random random, String id, Truth t, double trueEmployees, LocalDate asOf, List<String> ids) {
        String industry = random.nextDouble() < 0.05 ? null : t.technology() ? pick(random, TECH_SPELLINGS)
                : pick(random, OTHER_INDUSTRIES[random.nextInt(OTHER_INDUSTRIES.length)]);
        String[][] countries = t.northAmerica() ? NORTH_AMERICA : ELSEWHERE;
        String country = random.nextDouble() < 0.04 ? null : pick(random, countries[random.nextInt(countries.length)]);
        Integer employees = random.nextDouble() < 0.12 ? null
                : random.nextDouble() < 0.01 ? 1_000_000 : Integer.valueOf((int) Math.max(1, Math.round(trueEmployees)));
        BigDecimal revenue = random.nextDouble() < 0.15 ? null
                : BigDecimal.valueOf(Math.round(trueEmployees * Math.exp(Math.log(150_000) + 0.6 * random.nextGaussian())));
        String parent = ids.size() > 10 && random.nextDouble() < 0.08 ? ids.get(random.nextInt(ids.size() - 1)) : null;
        Instant created = asOf.minusDays(365 + random.nextInt(9 * 365)).atStartOfDay().toInstant(ZoneOffset.UTC);
        String type = pick(random, TYPES);
        return new Account(id, "Planted " + id.substring(8), industry, revenue, employees, country, type, parent, created,
                FieldValues.NONE);
    }

    private static List<Opportunity> opportunities(Random random, String id, double multiplier, LocalDate asOf) {
        List<Opportunity> deals = new ArrayList<>();
        double roll = random.nextDouble();
        double convertLater = Math.min(0.9, 0.12 * Math.sqrt(multiplier));
        int[] sequence = {0};
        if (roll < 0.30) {
            // a prospect: maybe some lost or open deals; some convert within the last year
            int tries = random.nextInt(3);
            for (int i = 0; i < tries; i++) {
                deals.add(deal(random, id, sequence, 5_000 + random.nextInt(40_000), asOf.minusDays(30 + random.nextInt(900)), false, true));
            }
            if (random.nextDouble() < 0.3) {
                deals.add(deal(random, id, sequence, 10_000 + random.nextInt(50_000), asOf.plusDays(10 + random.nextInt(120)), false, false));
            }
            return deals;
        }
        if (roll < 0.30 + 0.25 && random.nextDouble() < convertLater) {
            // prospect until recently: first win in the last twelve months
            winBetween(random, id, sequence, multiplier, asOf.minusDays(360), asOf.minusDays(1), deals);
            return deals;
        }
        if (roll < 0.55) {
            return deals;
        }
        // a customer of one to four years, buying every few months with gaps; some stopped a year ago
        LocalDate first = asOf.minusDays(400 + random.nextInt(3 * 365));
        LocalDate last = random.nextDouble() < 0.12 ? asOf.minusDays(370 + random.nextInt(60)) : asOf.minusDays(1);
        if (!last.isAfter(first)) {
            last = first.plusDays(30);
        }
        winBetween(random, id, sequence, multiplier, first, last, deals);
        int losses = random.nextInt(4);
        for (int i = 0; i < losses; i++) {
            deals.add(deal(random, id, sequence, 2_000 + random.nextInt(30_000), asOf.minusDays(1 + random.nextInt(700)), false, true));
        }
        if (random.nextDouble() < 0.01) {
            deals.add(deal(random, id, sequence, 3_000_000, asOf.minusDays(1 + random.nextInt(300)), true, true));
        }
        return deals;
    }

    private static void winBetween(Random random, String id, int[] sequence, double multiplier, LocalDate from, LocalDate to,
                                   List<Opportunity> deals) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        double perYear = 2.5 * Math.pow(multiplier, 0.25);
        int count = Math.max(1, poisson(random, perYear * days / 365.0));
        double dealSize = 12_000 * multiplier * Math.exp(0.5 * random.nextGaussian());
        for (int i = 0; i < count; i++) {
            LocalDate close = from.plusDays(random.nextInt((int) days));
            double amount = Math.round(dealSize * Math.exp(0.7 * random.nextGaussian()) / 10) * 10.0;
            deals.add(deal(random, id, sequence, amount, close, true, true));
        }
        deals.add(deal(random, id, sequence, dealSize, from, true, true));
    }

    private static Opportunity deal(Random random, String id, int[] sequence, double amount, LocalDate close, boolean won, boolean closed) {
        sequence[0]++;
        Instant created = close.minusDays(20 + random.nextInt(90)).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Opportunity(id + "-" + sequence[0], id, amount, won ? "Closed Won" : closed ? "Closed Lost" : "Prospecting", closed,
                won, close, created);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-Math.min(mean, 500));
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
