package dev.tiersync.domain.tiering;

import dev.tiersync.domain.firmographics.SizeBand;

/** The dimensions of the weighted scoring model, each scored 0–100. */
public enum ScoreDimension {
    /** The value score. */
    VALUE,
    /** Wins per year, as a percentile among customers. */
    FREQUENCY,
    /** How recently the customer won, as a percentile (the most recent is highest). */
    RECENCY,
    /** Company size: Small 0, Mid-Market 50, Enterprise 100, unknown 25. */
    SIZE,
    /** Growth of won revenue, as a percentile. */
    GROWTH;

    static double sizeScore(SizeBand band) {
        return switch (band) {
            case SMALL -> 0;
            case MID_MARKET -> 50;
            case ENTERPRISE -> 100;
            case UNKNOWN -> 25;
        };
    }
}
