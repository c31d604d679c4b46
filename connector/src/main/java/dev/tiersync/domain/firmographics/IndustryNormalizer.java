package dev.tiersync.domain.firmographics;

/**
 * Maps an Account's Industry to a canonical name: by name or alias, forgiving case, punctuation and
 * typos ({@code technolgy} is Technology). Blank is {@link IndustryCatalog#UNKNOWN}; anything else
 * that matches nothing is {@link IndustryCatalog#OTHER}.
 */
public final class IndustryNormalizer {

    private final FuzzyLookup<String> lookup = new FuzzyLookup<>();

    public IndustryNormalizer(IndustryCatalog catalog) {
        catalog.industries().forEach((name, aliases) -> {
            lookup.put(name, name);
            aliases.forEach(alias -> lookup.put(alias, name));
        });
    }

    public String normalize(String industry) {
        if (industry == null || FuzzyLookup.key(industry).isEmpty()) {
            return IndustryCatalog.UNKNOWN;
        }
        return lookup.find(industry).orElse(IndustryCatalog.OTHER);
    }
}
