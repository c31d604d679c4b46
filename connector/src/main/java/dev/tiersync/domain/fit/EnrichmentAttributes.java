package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What enrichers found about an account, as fit attributes named by the enrichment's keys
 * ({@code attribute.technographics.crm}): a text is a category, several texts one category of them in
 * alphabetical order, a number a number, a flag {@code yes} or {@code no}. The fit then learns from them like
 * any other trait, and a prospect with the same enrichment is scored on them.
 */
public final class EnrichmentAttributes implements FitEnrichment {

    @Override
    public void enrich(Account account, FitAccount.Builder view) {
        // an account's record carries no enrichment: nothing to add
    }

    @Override
    public void enrich(AccountProfile profile, FitAccount.Builder view) {
        for (Map.Entry<String, Enrichment.Value> entry : profile.enrichment().asMap().entrySet()) {
            String name = entry.getKey();
            Enrichment.Value value = entry.getValue();
            if (value instanceof Enrichment.Text text) {
                view.attribute(name, text.value());
            } else if (value instanceof Enrichment.Texts texts) {
                view.attribute(name, String.join(", ", sorted(texts.values())));
            } else if (value instanceof Enrichment.Number number) {
                view.attribute(name, number.value());
            } else if (value instanceof Enrichment.Flag flag) {
                view.attribute(name, flag.value() ? "yes" : "no");
            }
        }
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
