package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.signals.Money;
import java.util.Locale;

/** How traits read in reasons and reports: {@code Technology}, {@code 1,000+ employees}, {@code $10M+ revenue}, {@code not EMEA}. */
public final class Traits {

    private Traits() {
    }

    /** A value of a categorical variable; null is the unknown value. */
    public static String level(FitVariable variable, String value) {
        if (value == null) {
            return "unknown " + variable.label().toLowerCase(Locale.ROOT);
        }
        return switch (variable.key()) {
            case "industry", "size-band", "region", "billing-country", "hierarchy" -> value;
            default -> variable.label() + " " + value;
        };
    }

    public static String notLevel(FitVariable variable, String value) {
        if (value == null) {
            return variable.label() + " known";
        }
        return switch (variable.key()) {
            case "industry", "size-band", "region", "billing-country", "hierarchy" -> "not " + value;
            default -> variable.label() + " not " + value;
        };
    }

    /** A number of a numeric variable as it reads on its own: {@code 2,400 employees}. */
    public static String value(FitVariable variable, double value) {
        if (Double.isNaN(value)) {
            return "unknown " + variable.label().toLowerCase(Locale.ROOT);
        }
        return switch (variable.key()) {
            case "employees" -> number(value) + " employees";
            case "annual-revenue" -> Money.compact(value) + " revenue";
            case "age-years" -> number(value) + " years old";
            default -> variable.label() + " " + number(value);
        };
    }

    public static String atLeast(FitVariable variable, double edge) {
        return switch (variable.key()) {
            case "employees" -> number(edge) + "+ employees";
            case "annual-revenue" -> Money.compact(edge) + "+ revenue";
            case "age-years" -> number(edge) + "+ years old";
            default -> variable.label() + " " + number(edge) + "+";
        };
    }

    public static String below(FitVariable variable, double edge) {
        return switch (variable.key()) {
            case "employees" -> "under " + number(edge) + " employees";
            case "annual-revenue" -> "under " + Money.compact(edge) + " revenue";
            case "age-years" -> "under " + number(edge) + " years old";
            default -> variable.label() + " under " + number(edge);
        };
    }

    public static String range(FitVariable variable, double from, double to) {
        return switch (variable.key()) {
            case "employees" -> number(from) + "–" + number(to) + " employees";
            case "annual-revenue" -> Money.compact(from) + "–" + Money.compact(to) + " revenue";
            case "age-years" -> number(from) + "–" + number(to) + " years old";
            default -> variable.label() + " " + number(from) + "–" + number(to);
        };
    }

    /** The account's own value of a variable, as a reason names it. */
    public static String of(FitAccount account, FitVariable variable) {
        return variable.kind() == FitVariable.Kind.NUMERIC ? value(variable, account.number(variable))
                : level(variable, account.category(variable));
    }

    /** A number for people: thousands separated, at most one decimal, none from 100 up. */
    public static String number(double value) {
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share as a whole percentage: {@code 58%}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
