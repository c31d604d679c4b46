package dev.tiersync.plugin.api;

import java.util.Objects;

/**
 * One account as a contribution sees it: its Salesforce Id, firmographics, metrics and enrichment
 * attributes, as of the run's date. Immutable: a copy of TierSync's data, never the engine's own objects.
 * Build one with {@link #builder(String, Metrics)}.
 */
public final class AccountView {

    private final String id;
    private final Firmographics firmographics;
    private final Metrics metrics;
    private final Attributes attributes;

    private AccountView(String id, Firmographics firmographics, Metrics metrics, Attributes attributes) {
        this.id = id;
        this.firmographics = firmographics;
        this.metrics = metrics;
        this.attributes = attributes;
    }

    /**
     * A builder of an account with unknown firmographics and no attributes.
     *
     * @param id the account's Salesforce Id
     * @param metrics the account's metrics
     * @return the builder
     */
    public static Builder builder(String id, Metrics metrics) {
        return new Builder(id, metrics);
    }

    /** @return the account's Salesforce Id (18 characters as TierSync reads it) */
    public String id() {
        return id;
    }

    /** @return the account's name and firmographics */
    public Firmographics firmographics() {
        return firmographics;
    }

    /** @return what its opportunities say */
    public Metrics metrics() {
        return metrics;
    }

    /** @return its enrichment attributes; none for an {@link AccountEnricher} */
    public Attributes attributes() {
        return attributes;
    }

    /**
     * This account with other attributes.
     *
     * @param attributes the attributes
     * @return a copy holding them
     */
    public AccountView withAttributes(Attributes attributes) {
        return new AccountView(id, firmographics, metrics, Objects.requireNonNull(attributes, "attributes"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountView a && a.id.equals(id) && a.firmographics.equals(firmographics)
                && a.metrics.equals(metrics) && a.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, firmographics, metrics, attributes);
    }

    @Override
    public String toString() {
        return "AccountView[" + id + ", " + firmographics + ", " + metrics + ", " + attributes + "]";
    }

    /** Builds an {@link AccountView}. Not thread-safe. */
    public static final class Builder {

        private final String id;
        private final Metrics metrics;
        private Firmographics firmographics = Firmographics.builder().build();
        private Attributes attributes = Attributes.none();

        private Builder(String id, Metrics metrics) {
            this.id = Objects.requireNonNull(id, "id");
            this.metrics = Objects.requireNonNull(metrics, "metrics");
        }

        /**
         * @param firmographics the account's firmographics
         * @return this builder
         */
        public Builder firmographics(Firmographics firmographics) {
            this.firmographics = Objects.requireNonNull(firmographics, "firmographics");
            return this;
        }

        /**
         * @param attributes the account's enrichment attributes
         * @return this builder
         */
        public Builder attributes(Attributes attributes) {
            this.attributes = Objects.requireNonNull(attributes, "attributes");
            return this;
        }

        /** @return the account view */
        public AccountView build() {
            return new AccountView(id, firmographics, metrics, attributes);
        }
    }
}
