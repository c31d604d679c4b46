package dev.tiersync.emulator.data;

import dev.tiersync.emulator.AccountKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes one account's opportunities for its kind: regular wins with seasonality, some losses, open deals. */
final class History {

    static final int QUARTER = 91;

    private final OrgGenerator org;
    private final SplittableRandom random;
    private final String accountId;
    private final AccountKind kind;
    private final double baseDeal;
    private boolean first = true;

    History(OrgGenerator org, String accountId, AccountKind kind, double baseDeal) {
        this.org = org;
        this.random = org.random();
        this.accountId = accountId;
        this.kind = kind;
        this.baseDeal = baseDeal;
    }

    void write(List<Map<String, String>> rows) {
        LocalDate anchor = org.anchor();
        switch (kind) {
            case PROSPECT -> {
                for (int i = random.nextInt(3); i > 0; i--) {
                    rows.add(org.opportunity(accountId, "Closed Lost", deal(), anchor.minusDays(30 + random.nextInt(900)), false));
                }
            }
            case NEW -> rows.add(win(anchor.minusDays(5 + random.nextInt(80)), 1.0));
            default -> regular(rows, anchor);
        }
        if (kind != AccountKind.STOPPED && random.nextInt(3) == 0) {
            rows.add(org.opportunity(accountId, random.nextBoolean() ? "Prospecting" : "Negotiation/Review", deal(),
                    anchor.plusDays(15 + random.nextInt(120)), false));
        }
    }

    /**
     * Quarterly wins from a little over two years ago (earlier for buyers who stopped), so every
     * year holds the same number of orders; the kind shapes when they stop and how big they are.
     */
    private void regular(List<Map<String, String>> rows, LocalDate anchor) {
        int interval = QUARTER;
        LocalDate stop = kind == AccountKind.STOPPED ? anchor.minusDays(300 + random.nextInt(400)) : anchor;
        LocalDate start = anchor.minusDays(820 + random.nextInt(60)); // the first win falls before the prior year starts
        LocalDate earliestForThreeWins = stop.minusDays(3L * interval + random.nextInt(300));
        if (earliestForThreeWins.isBefore(start)) {
            start = earliestForThreeWins;
        }
        double shrinkTo = 0.15 + 0.25 * random.nextDouble();
        double growTo = 1.6 + 1.4 * random.nextDouble();
        LocalDate yearAgo = anchor.minusYears(1);
        int lost = 0;
        for (LocalDate day = start.plusDays(random.nextInt(interval)); day.isBefore(stop); day = day.plusDays(interval)) {
            double factor = switch (kind) {
                case SHRINKING -> day.isBefore(yearAgo) ? 1.0 : shrinkTo;
                case EXPANDING -> day.isBefore(yearAgo) ? 1.0 : growTo;
                default -> 1.0;
            };
            rows.add(win(day, factor));
            if (random.nextInt(6) == 0 && lost < 4) {
                rows.add(org.opportunity(accountId, "Closed Lost", deal(), day.minusDays(3), false));
                lost++;
            }
        }
    }

    private Map<String, String> win(LocalDate day, double factor) {
        Map<String, String> row = org.opportunity(accountId, "Closed Won", deal() * factor * season(day), day, first);
        first = false;
        return row;
    }

    /** A deal's size: the firm's typical deal, give or take 10 %. */
    private double deal() {
        return baseDeal * (0.9 + 0.2 * random.nextDouble());
    }

    /** Year-end deals run larger, summer ones smaller. */
    private static double season(LocalDate day) {
        return switch (day.getMonthValue()) {
            case 11, 12 -> 1.2;
            case 7, 8 -> 0.85;
            default -> 1.0;
        };
    }
}
