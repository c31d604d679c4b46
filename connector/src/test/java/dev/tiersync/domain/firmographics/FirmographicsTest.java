package dev.tiersync.domain.firmographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FirmographicsTest {

    private final IndustryNormalizer industries = new IndustryNormalizer(IndustryCatalog.defaults());
    private final RegionResolver regions = new RegionResolver();
    private final SizeBandRule sizes = SizeBandRule.defaults();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "technolgy, Technology", "Technology, Technology", "software, Technology", "medical, Healthcare",
            "Health Care, Healthcare", "finance, Finance", "Financial Services, Finance", "telecommunications, Telecommunications",
            "employment, Staffing", "services, Consulting", "marketing, Marketing", "retail, Retail",
            "entertainment, Entertainment", "Food and Beverage, Food & Beverage", "manufacturng, Manufacturing",
            "'  TECHNOLOGY ', Technology"})
    void industriesAreNormalisedThroughAliasesAndTypos(String raw, String canonical) {
        assertThat(industries.normalize(raw)).isEqualTo(canonical);
    }

    @Test
    void aBlankIndustryIsUnknownAndAnUnrecognisedOneIsOther() {
        assertThat(industries.normalize(null)).isEqualTo("Unknown");
        assertThat(industries.normalize("  -- ")).isEqualTo("Unknown");
        assertThat(industries.normalize("Quantum Basket Weaving")).isEqualTo("Other");
    }

    @Test
    void aCustomCatalogReplacesTheDefaults() {
        IndustryNormalizer custom = new IndustryNormalizer(new IndustryCatalog(Map.of("Hardware", List.of("computers"))));

        assertThat(custom.normalize("Computers")).isEqualTo("Hardware");
        assertThat(custom.normalize("technology")).isEqualTo("Other");
    }

    @Test
    void anAliasNamingTwoIndustriesIsRejected() {
        assertThatThrownBy(() -> new IndustryNormalizer(new IndustryCatalog(Map.of(
                "Media", List.of("news"), "Publishing", List.of("news")))))
                .hasMessageContaining("'news' names both");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "United States, NORTH_AMERICA", "US, NORTH_AMERICA", "usa, NORTH_AMERICA", "Canada, NORTH_AMERICA",
            "Panama, LATIN_AMERICA", "Brazil, LATIN_AMERICA", "MEX, LATIN_AMERICA",
            "Germany, EMEA", "Kenya, EMEA", "Jordan, EMEA", "UK, EMEA", "Norway, EMEA", "Romania, EMEA",
            "Japan, APAC", "Korea, APAC", "Philipines, APAC", "China, APAC", "AU, APAC", "New Zealand, APAC"})
    void countriesMapToRegionsByNameCodeOrTypo(String country, Region region) {
        assertThat(regions.regionOf(country)).isEqualTo(region);
    }

    @Test
    void anUnknownOrBlankCountryHasAnUnknownRegion() {
        assertThat(regions.regionOf(null)).isEqualTo(Region.UNKNOWN);
        assertThat(regions.regionOf("")).isEqualTo(Region.UNKNOWN);
        assertThat(regions.regionOf("Atlantis")).isEqualTo(Region.UNKNOWN);
    }

    @Test
    void sizeComesFromEmployeesAndFallsBackToRevenue() {
        assertThat(sizes.bandOf(99, null)).isEqualTo(SizeBand.SMALL);
        assertThat(sizes.bandOf(100, null)).isEqualTo(SizeBand.MID_MARKET);
        assertThat(sizes.bandOf(1_000, new BigDecimal("1"))).isEqualTo(SizeBand.ENTERPRISE);
        assertThat(sizes.bandOf(null, new BigDecimal("9999999"))).isEqualTo(SizeBand.SMALL);
        assertThat(sizes.bandOf(0, new BigDecimal("600000000"))).isEqualTo(SizeBand.ENTERPRISE);
        assertThat(sizes.bandOf(null, null)).isEqualTo(SizeBand.UNKNOWN);
    }

    @Test
    void sizeThresholdsOutOfOrderAreRejectedWithWhatToFix() {
        assertThatThrownBy(() -> new SizeBandRule(1_000, 100, BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("employee thresholds must be positive and ascending");
        assertThatThrownBy(() -> new SizeBandRule(10, 100, BigDecimal.TEN, BigDecimal.ONE))
                .hasMessageContaining("revenue thresholds must be positive and ascending");
    }
}
