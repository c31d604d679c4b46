package dev.tiersync.examples.technographics;

import dev.tiersync.plugin.api.AccountEnricher;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Configuration;
import dev.tiersync.plugin.api.PluginContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The technologies an account uses, from a {@link TechnographicsFile}, as attributes:
 * <ul>
 *   <li>{@code technographics.technologies}: every technology, alphabetically;</li>
 *   <li>{@code technographics.<category>}: the technologies of each category, such as {@code technographics.crm};</li>
 *   <li>{@code technographics.count}: how many technologies;</li>
 *   <li>{@code technographics.last-seen}: the latest day any of them was seen.</li>
 * </ul>
 * Only sightings known on the run's as-of date count: none observed after it, and with {@code max-age-days},
 * none older than that many days before it; of those, each technology's latest. Configuration: {@code file} (required), {@code max-age-days}.
 * The file is read once, when the plugin starts.
 */
public final class TechnographicsEnricher implements AccountEnricher {

    static final String NAMESPACE = "technographics.";

    private final TechnographicsFile file;
    private final long maxAgeDays;

    /**
     * Reads the configured file.
     *
     * @param context the contribution's configuration: {@code file}, {@code max-age-days}
     * @throws IllegalArgumentException when the file cannot be read, or a line or a setting is wrong
     */
    public TechnographicsEnricher(PluginContext context) {
        Configuration config = context.configuration();
        this.file = TechnographicsFile.read(Path.of(config.require("file")));
        this.maxAgeDays = config.getLong("max-age-days").orElse(Long.MAX_VALUE);
        if (maxAgeDays < 1) {
            throw new IllegalArgumentException(context.pluginId() + "/" + context.contributionId()
                    + ": max-age-days must be 1 or more, was " + maxAgeDays);
        }
    }

    @Override
    public Attributes enrich(AccountView account) {
        LocalDate asOf = account.metrics().asOf();
        LocalDate earliest = maxAgeDays == Long.MAX_VALUE ? LocalDate.MIN : asOf.minusDays(maxAgeDays);
        List<Sighting> known = file.sightings(account.id(), account.firmographics().website().orElse(null), earliest, asOf).stream()
                .sorted(Comparator.comparing(s -> s.technology().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        if (known.isEmpty()) {
            return Attributes.none();
        }
        Attributes.Builder attributes = Attributes.builder()
                .texts(NAMESPACE + "technologies", known.stream().map(Sighting::technology).toList())
                .number(NAMESPACE + "count", known.size())
                .text(NAMESPACE + "last-seen", known.stream().map(Sighting::observed).max(Comparator.naturalOrder()).orElseThrow().toString());
        Map<String, List<String>> byCategory = known.stream().collect(Collectors.groupingBy(Sighting::category, TreeMap::new,
                Collectors.mapping(Sighting::technology, Collectors.toList())));
        byCategory.forEach((category, technologies) -> attributes.texts(NAMESPACE + category, technologies));
        return attributes.build();
    }
}
