package dev.tiersync.plugins;

import dev.tiersync.plugin.api.AccountEnricher;
import dev.tiersync.plugin.api.ChurnSignal;
import dev.tiersync.plugin.api.RunListener;
import dev.tiersync.plugin.api.SegmentCondition;
import dev.tiersync.plugin.api.UpsellSignal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The extension points the core declares, each with the id a manifest names it by and the API interface a contribution implements. */
public enum ExtensionPoint {
    CHURN_SIGNAL("churn-signal", ChurnSignal.class),
    UPSELL_SIGNAL("upsell-signal", UpsellSignal.class),
    ACCOUNT_ENRICHER("account-enricher", AccountEnricher.class),
    SEGMENT_CONDITION("segment-condition", SegmentCondition.class),
    RUN_LISTENER("run-listener", RunListener.class);

    private final String id;
    private final Class<?> type;

    ExtensionPoint(String id, Class<?> type) {
        this.id = id;
        this.type = type;
    }

    /** How a manifest names the point, such as {@code account-enricher}. */
    public String id() {
        return id;
    }

    /** The interface of the plugin API a contribution to this point implements. */
    public Class<?> type() {
        return type;
    }

    /** The point a manifest names, or empty for a name no point has. */
    public static Optional<ExtensionPoint> fromId(String id) {
        return Arrays.stream(values()).filter(point -> point.id.equals(id)).findFirst();
    }

    /** Every point's id, for messages: {@code churn-signal, upsell-signal, ...}. */
    public static String ids() {
        return Arrays.stream(values()).map(ExtensionPoint::id).collect(Collectors.joining(", "));
    }
}
