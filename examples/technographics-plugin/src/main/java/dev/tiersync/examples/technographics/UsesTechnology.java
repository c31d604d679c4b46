package dev.tiersync.examples.technographics;

import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Configuration;
import dev.tiersync.plugin.api.Finding;
import dev.tiersync.plugin.api.PluginContext;
import dev.tiersync.plugin.api.SegmentCondition;
import dev.tiersync.plugin.api.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Segment condition {@code uses-technology}: the account uses one of the configured technologies, as the
 * {@link TechnographicsEnricher} found them. Settings, from the rule that uses it:
 * <ul>
 *   <li>{@code technology}: one or more technologies, comma-separated, any case ({@code HubSpot, Pipedrive});</li>
 *   <li>{@code category}: look only among the technologies of this category ({@code crm}); with no
 *       {@code technology}, any technology of the category will do.</li>
 * </ul>
 * "Uses a competitor's CRM" is {@code {technology: "HubSpot, Pipedrive", category: crm}}; "runs on AWS" is
 * {@code {technology: AWS}}.
 */
public final class UsesTechnology implements SegmentCondition {

    private final Set<String> technologies;
    private final String category;
    private final String attribute;

    /**
     * Configures the condition.
     *
     * @param context the use's settings: {@code technology}, {@code category}
     * @throws IllegalArgumentException when neither is given
     */
    public UsesTechnology(PluginContext context) {
        Configuration config = context.configuration();
        this.technologies = config.getList("technology").stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.category = config.get("category").map(c -> c.toLowerCase(Locale.ROOT)).orElse(null);
        if (technologies.isEmpty() && category == null) {
            throw new IllegalArgumentException(context.pluginId() + "/" + context.contributionId()
                    + ": give a technology (such as AWS), a category (such as crm), or both");
        }
        this.attribute = TechnographicsEnricher.NAMESPACE + (category == null ? "technologies" : category);
    }

    @Override
    public Verdict evaluate(AccountView account) {
        List<String> used = account.attributes().texts(attribute);
        List<String> matching = technologies.isEmpty() ? used
                : used.stream().filter(t -> technologies.contains(t.toLowerCase(Locale.ROOT))).toList();
        if (matching.isEmpty()) {
            return Verdict.notMet();
        }
        String reason = "uses " + String.join(", ", matching) + (category == null ? "" : " (" + category + ")");
        return Verdict.met(reason.length() <= Finding.MAX_REASON_LENGTH ? reason : reason.substring(0, Finding.MAX_REASON_LENGTH - 1) + "…");
    }
}
