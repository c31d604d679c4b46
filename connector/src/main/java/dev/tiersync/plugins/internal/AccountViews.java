package dev.tiersync.plugins.internal;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.metrics.AccountMetrics;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Firmographics;
import dev.tiersync.plugin.api.Metrics;

/**
 * The engine's account, as the plugin API shows it: a copy of the record's firmographics, the metrics and
 * the enrichment, never the engine's own objects. Size band and region are their picklist values, the values
 * the rules use.
 */
public final class AccountViews {

    private AccountViews() {
    }

    /** The account with the enrichment its profile holds: what signals and conditions receive. */
    public static AccountView of(AccountProfile profile) {
        return of(profile, Enrichments.attributes(profile.enrichment()));
    }

    /** The account with these attributes. */
    public static AccountView of(AccountProfile profile, Attributes attributes) {
        Account account = profile.account();
        Firmographics firmographics = Firmographics.builder()
                .name(account.name())
                .industry(profile.industry())
                .sizeBand(profile.sizeBand().picklistValue())
                .region(profile.region().picklistValue())
                .billingCountry(account.billingCountry())
                .annualRevenue(account.annualRevenue())
                .employees(account.numberOfEmployees())
                .type(account.type())
                .website(account.website())
                .parentId(account.parentId())
                .build();
        return AccountView.builder(account.id(), metrics(profile.metrics())).firmographics(firmographics).attributes(attributes).build();
    }

    static Metrics metrics(AccountMetrics m) {
        return Metrics.builder(m.asOf())
                .lifetimeWon(m.lifetimeWon())
                .trailingWon(m.trailingWon())
                .priorWon(m.priorWon())
                .wonDeals(m.wonDeals())
                .closedDeals(m.closedDeals())
                .lostLast12Months(m.lostLast12Months())
                .openPipeline(m.openPipeline())
                .medianWinIntervalDays(m.medianWinIntervalDays())
                .firstWin(m.firstWin())
                .lastWin(m.lastWin())
                .lastActivity(m.lastActivity())
                .build();
    }
}
