package dev.tiersync.domain.fit;

/**
 * What an account bought after the backtest's as-of date.
 *
 * @param dealsWon deals won since
 * @param revenueWon their amount
 */
public record LaterBuying(int dealsWon, double revenueWon) {

    public static final LaterBuying NOTHING = new LaterBuying(0, 0);

    public boolean bought() {
        return dealsWon > 0;
    }
}
