package dev.tiersync.domain.signals;

/** Short money amounts for reasons: $950, $18k, $1.2M. */
public final class Money {

    private Money() {
    }

    public static String compact(double amount) {
        double abs = Math.abs(amount);
        String sign = amount < 0 ? "-" : "";
        if (abs >= 1_000_000_000) {
            return sign + "$" + trim(abs / 1_000_000_000) + "B";
        }
        if (abs >= 1_000_000) {
            return sign + "$" + trim(abs / 1_000_000) + "M";
        }
        if (abs >= 1_000) {
            return sign + "$" + Math.round(abs / 1_000) + "k";
        }
        return sign + "$" + Math.round(abs);
    }

    private static String trim(double value) {
        if (value >= 100) {
            return String.valueOf(Math.round(value));
        }
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
