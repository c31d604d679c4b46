package dev.tiersync.salesforce;

import java.util.Objects;

/**
 * How records travelled between TierSync and the org, as the adapter names it for reports: through the
 * org's ordinary API calls, or through its bulk interface.
 *
 * @param name the adapter's name for the route, such as {@code SOAP} or {@code BULK}
 * @param bulk whether it is the org's bulk interface
 */
public record Route(String name, boolean bulk) {

    /** No records travelled: the run stopped before it pulled. */
    public static final Route NONE = new Route("none", false);

    public Route {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
