package dev.tiersync.plugin.api;

/**
 * Extension point {@code account-enricher}: attributes of an account that TierSync does not hold, from
 * elsewhere (technographics, intent, a data warehouse). The segment rules, the fit model and the reasons
 * text can use them; so can every other contribution, which receives them in
 * {@link AccountView#attributes()}.
 *
 * <p>Every key an enricher returns starts with its plugin's id and a dot ({@code technographics.crm} for
 * the plugin {@code technographics}); a key outside that namespace is an error of the plugin. Enrichers run
 * before anything else, side by side, so an enricher sees the account without any enrichment.
 */
@FunctionalInterface
public interface AccountEnricher {

    /**
     * The attributes this enricher knows for the account.
     *
     * @param account the account as of the run's date; its {@link AccountView#attributes()} are empty
     * @return the attributes, or {@link Attributes#none()} when it knows nothing of the account
     */
    Attributes enrich(AccountView account);
}
