package dev.tiersync.emulator.data;

import dev.tiersync.emulator.store.SalesforceIds;
import dev.tiersync.emulator.AccountKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic B2B org, deterministically from a seed and an anchor date: firms of many
 * industries, sizes and continents, spend that grows with company size and is Pareto-distributed
 * across the org, seasonality, and account histories of known {@link AccountKind kinds}. All history
 * lies before the anchor; open deals close after it. As in most CRMs, nearly half the accounts never
 * bought; the org averages about seven opportunities per account.
 */
public final class OrgGenerator {

    static final String INSTANCE = "5g0000";
    static final int HISTORY_DAYS = 3 * 365;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String[] INDUSTRIES = {"Technology", "Manufacturing", "Healthcare", "Finance", "Retail",
            "Energy", "Telecommunications", "Education", "Transportation", "Media", "technolgy", "medical", "Software"};
    private static final String[] COUNTRIES = {"United States", "USA", "Canada", "Mexico", "Brazil", "Argentina",
            "United Kingdom", "Germany", "France", "Netherlands", "Kenya", "South Africa", "Japan", "India",
            "Singapore", "Australia", "China", "DE", "Philipines"};
    private static final String[] NAME_PARTS = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
            "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gringotts", "Oscorp", "Massive", "Dynamic"};
    private static final String[] NAME_SUFFIXES = {"Corp", "Inc", "Group", "Holdings", "Systems", "Labs", "Partners", "GmbH"};
    /** Kinds and their shares of accounts. */
    private static final Object[][] MIX = {
            {AccountKind.STEADY, 0.25}, {AccountKind.STOPPED, 0.07}, {AccountKind.SHRINKING, 0.06},
            {AccountKind.EXPANDING, 0.07}, {AccountKind.UNDERPENETRATED, 0.03}, {AccountKind.NEW, 0.05},
            {AccountKind.PROSPECT, 0.45}, {AccountKind.OUTLIER, 0.02}};

    private final long seed;
    private final LocalDate anchor;
    private final boolean engagement;
    private SplittableRandom random;
    private long opportunitySequence;

    public OrgGenerator(long seed, LocalDate anchor) {
        this(seed, anchor, false);
    }

    /**
     * @param engagement whether each account also gets its contacts, cases, activities and contact roles
     *     ({@link EngagementHistory}); its opportunities are the same either way
     */
    public OrgGenerator(long seed, LocalDate anchor, boolean engagement) {
        this.seed = seed;
        this.anchor = anchor;
        this.engagement = engagement;
    }

    /** Hands each record to the sink as it is made: an account, then its opportunities (then its engagement); nothing is kept. */
    public void generate(int accounts, RecordSink sink) {
        if (accounts < 0) {
            throw new IllegalArgumentException("account count must not be negative, was " + accounts);
        }
        opportunitySequence = 0;
        EngagementHistory.Sequences engagementIds = new EngagementHistory.Sequences();
        List<Map<String, String>> opportunities = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String id = accountId(i);
            random = randomFor(i);
            AccountKind kind = pickKind(random.nextDouble());
            Firm firm = firm(kind);
            sink.accept("Account", account(id, i, kind, firm));
            opportunities.clear();
            new History(this, id, kind, firm.baseDeal()).write(opportunities);
            opportunities.forEach(row -> sink.accept("Opportunity", row));
            if (engagement) {
                new EngagementHistory(engagementIds, new SplittableRandom(~seed * 0xD1B54A32D192ED03L + i), anchor, id, kind,
                        firm.band()).write(opportunities, sink);
            }
        }
    }

    /** The kind of the account at a position, without generating anything else. */
    public AccountKind kindOf(int index) {
        return pickKind(randomFor(index).nextDouble());
    }

    public static String accountId(int index) {
        return SalesforceIds.of("001", INSTANCE, index + 1L);
    }

    /** The position of an account id this generator makes, or empty for any other id. */
    public static java.util.Optional<Integer> accountIndex(String id) {
        return SalesforceIds.sequenceOf(id, "001", INSTANCE)
                .filter(n -> n >= 1 && n <= Integer.MAX_VALUE)
                .map(n -> (int) (n - 1));
    }

    /** Each account draws from its own stream, so its history depends only on the seed and its position. */
    private SplittableRandom randomFor(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    private static AccountKind pickKind(double u) {
        double cumulative = 0;
        for (Object[] entry : MIX) {
            cumulative += (double) entry[1];
            if (u < cumulative) {
                return (AccountKind) entry[0];
            }
        }
        return AccountKind.STEADY;
    }

    /** Size and typical deal: Small 50 %, Mid-Market 35 %, Enterprise 15 %; deals grow tenfold per band. */
    private Firm firm(AccountKind kind) {
        double u = random.nextDouble();
        int band = kind == AccountKind.UNDERPENETRATED || kind == AccountKind.OUTLIER ? 2 : u < 0.5 ? 0 : u < 0.85 ? 1 : 2;
        int[] low = {5, 100, 1_000};
        int[] high = {99, 999, 50_000};
        int employees = (int) Math.min(high[band], low[band] * Math.pow(1 - random.nextDouble(), -1 / 1.5));
        double baseDeal = 2_000 * Math.pow(10, band) * Math.exp(0.3 * gaussian());
        if (kind == AccountKind.UNDERPENETRATED) {
            baseDeal *= 0.02 + 0.06 * random.nextDouble();
        } else if (kind == AccountKind.OUTLIER) {
            baseDeal *= 40;
        }
        long revenue = Math.round(employees * (80_000 + random.nextInt(170_000)) / 1000.0) * 1000;
        return new Firm(band, employees, revenue, baseDeal);
    }

    private Map<String, String> account(String id, int index, AccountKind kind, Firm firm) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", id);
        row.put("Name", NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + NAME_SUFFIXES[random.nextInt(NAME_SUFFIXES.length)]
                + " " + (index + 1));
        row.put("Industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
        row.put("AnnualRevenue", Long.toString(firm.revenue()));
        row.put("NumberOfEmployees", Integer.toString(firm.employees()));
        row.put("BillingCountry", COUNTRIES[random.nextInt(COUNTRIES.length)]);
        row.put("Type", kind == AccountKind.PROSPECT ? "Prospect" : "Customer");
        row.put("CreatedDate", datetime(anchor.minusDays(HISTORY_DAYS + 30 + random.nextInt(365))));
        return row;
    }

    Map<String, String> opportunity(String accountId, String stage, double amount, LocalDate closeDate, boolean first) {
        boolean closed = stage.startsWith("Closed");
        boolean won = stage.equals("Closed Won");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", SalesforceIds.of("006", INSTANCE, ++opportunitySequence));
        row.put("AccountId", accountId);
        row.put("Name", "Deal " + opportunitySequence);
        row.put("StageName", stage);
        row.put("Amount", String.format(Locale.ROOT, "%.2f", Math.max(50, amount)));
        row.put("Probability", won ? "100" : closed ? "0" : "40");
        row.put("CloseDate", closeDate.toString());
        row.put("IsClosed", Boolean.toString(closed));
        row.put("IsWon", Boolean.toString(won));
        row.put("Type", first ? "New Business" : "Existing Business");
        LocalDate created = closeDate.minusDays(10 + random.nextInt(50));
        if (!created.isBefore(anchor)) {
            created = anchor.minusDays(1);
        }
        row.put("CreatedDate", datetime(created));
        // Nothing in an org changed after now: an open deal's future close date is not a modification.
        LocalDate modified = closed && closeDate.isBefore(anchor) ? closeDate : created;
        row.put("SystemModstamp", datetime(modified));
        return row;
    }

    SplittableRandom random() {
        return random;
    }

    LocalDate anchor() {
        return anchor;
    }

    double gaussian() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static String datetime(LocalDate day) {
        return DATETIME.format(day.atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC));
    }

    private record Firm(int band, int employees, long revenue, double baseDeal) {
    }
}
