package dev.tiersync.emulator.data;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a small realistic B2B org, deterministically from a seed and an anchor date: firms of
 * several industries, sizes and continents, Pareto-distributed spend, and histories of a few
 * kinds (steady buyers, buyers who stopped, new customers, prospects).
 */
public final class OrgGenerator {

    static final String INSTANCE = "5g0000";
    static final int HISTORY_DAYS = 3 * 365;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String[] INDUSTRIES = {"Technology", "Manufacturing", "Healthcare", "Finance", "Retail",
            "Energy", "Telecommunications", "Education", "Transportation", "Media"};
    private static final String[] COUNTRIES = {"United States", "Canada", "Mexico", "Brazil", "Argentina",
            "United Kingdom", "Germany", "France", "Netherlands", "Kenya", "South Africa", "Japan", "India",
            "Singapore", "Australia", "China"};
    private static final String[] NAME_PARTS = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
            "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gringotts", "Oscorp", "Massive", "Dynamic"};
    private static final String[] NAME_SUFFIXES = {"Corp", "Inc", "Group", "Holdings", "Systems", "Labs", "Partners", "GmbH"};

    private final SplittableRandom random;
    private final LocalDate anchor;
    private long opportunitySequence;

    public OrgGenerator(long seed, LocalDate anchor) {
        this.random = new SplittableRandom(seed);
        this.anchor = anchor;
    }

    public Map<String, List<Map<String, String>>> generate(int accounts) {
        if (accounts < 0) {
            throw new IllegalArgumentException("account count must not be negative, was " + accounts);
        }
        List<Map<String, String>> accountRows = new ArrayList<>(accounts);
        List<Map<String, String>> opportunityRows = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String id = SalesforceIds.of("001", INSTANCE, i + 1);
            AccountKind kind = AccountKind.pick(random.nextDouble());
            accountRows.add(account(id, i, kind));
            opportunities(id, kind, opportunityRows);
        }
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        result.put("Account", accountRows);
        result.put("Opportunity", opportunityRows);
        return result;
    }

    private Map<String, String> account(String id, int index, AccountKind kind) {
        int employees = (int) Math.min(200_000, Math.round(10 * Math.pow(1 - random.nextDouble(), -1 / 0.9)));
        long revenue = Math.round(employees * (80_000 + random.nextInt(170_000)) / 1000.0) * 1000;
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", id);
        row.put("Name", NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + NAME_SUFFIXES[random.nextInt(NAME_SUFFIXES.length)]
                + " " + (index + 1));
        row.put("Industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
        row.put("AnnualRevenue", Long.toString(revenue));
        row.put("NumberOfEmployees", Integer.toString(employees));
        row.put("BillingCountry", COUNTRIES[random.nextInt(COUNTRIES.length)]);
        row.put("Type", kind == AccountKind.PROSPECT ? "Prospect" : "Customer");
        row.put("CreatedDate", datetime(anchor.minusDays(HISTORY_DAYS + 30 + random.nextInt(365))));
        return row;
    }

    private void opportunities(String accountId, AccountKind kind, List<Map<String, String>> rows) {
        double typicalDeal = 2_000 * Math.pow(1 - random.nextDouble(), -1 / 1.16) * (kind == AccountKind.OUTLIER ? 40 : 1);
        int wins = kind.wins(random);
        for (int i = 0; i < wins; i++) {
            int daysAgo = kind.winDaysAgo(random, HISTORY_DAYS);
            double amount = typicalDeal * (0.5 + random.nextDouble()) * kind.amountFactor(daysAgo);
            rows.add(opportunity(accountId, "Closed Won", amount, anchor.minusDays(daysAgo)));
        }
        int losses = random.nextInt(4);
        for (int i = 0; i < losses; i++) {
            rows.add(opportunity(accountId, "Closed Lost", typicalDeal * (0.5 + random.nextDouble()),
                    anchor.minusDays(1 + random.nextInt(HISTORY_DAYS))));
        }
        if (random.nextInt(3) == 0) {
            rows.add(opportunity(accountId, random.nextBoolean() ? "Prospecting" : "Negotiation/Review",
                    typicalDeal * (0.5 + random.nextDouble()), anchor.plusDays(15 + random.nextInt(120))));
        }
    }

    private Map<String, String> opportunity(String accountId, String stage, double amount, LocalDate closeDate) {
        boolean closed = stage.startsWith("Closed");
        boolean won = stage.equals("Closed Won");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", SalesforceIds.of("006", INSTANCE, ++opportunitySequence));
        row.put("AccountId", accountId);
        row.put("Name", "Deal " + opportunitySequence);
        row.put("StageName", stage);
        row.put("Amount", String.format(java.util.Locale.ROOT, "%.2f", Math.max(50, amount)));
        row.put("Probability", won ? "100" : closed ? "0" : "40");
        row.put("CloseDate", closeDate.toString());
        row.put("IsClosed", Boolean.toString(closed));
        row.put("IsWon", Boolean.toString(won));
        row.put("Type", "New Business");
        LocalDate created = closeDate.minusDays(20 + random.nextInt(90));
        row.put("CreatedDate", datetime(created));
        row.put("SystemModstamp", datetime(closed ? closeDate : created));
        return row;
    }

    private static String datetime(LocalDate day) {
        return DATETIME.format(day.atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC));
    }
}
