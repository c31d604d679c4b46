package dev.tiersync.domain.firmographics;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the region of a billing country given as an ISO 3166 code (two or three letters) or an
 * English name, forgiving case, punctuation, common short names and typos ({@code Philipines}).
 */
public final class RegionResolver {

    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA", "PM", "GL", "BM", "UM");
    private static final Set<String> LATIN_AMERICA = Set.of("MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU", "DO",
            "HT", "JM", "PR", "TT", "BS", "BB", "AG", "DM", "GD", "KN", "LC", "VC", "AW", "CW", "SX", "BQ", "KY", "TC",
            "VG", "VI", "AI", "MS", "GP", "MQ", "BL", "MF", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR",
            "GY", "SR", "GF", "FK");
    private static final Set<String> APAC = Set.of("CN", "HK", "MO", "TW", "JP", "KR", "KP", "MN", "IN", "PK", "BD",
            "LK", "NP", "BT", "MV", "AF", "MM", "TH", "LA", "KH", "VN", "MY", "SG", "ID", "PH", "BN", "TL", "AU", "NZ",
            "PG", "FJ", "SB", "VU", "NC", "PF", "WS", "TO", "KI", "TV", "NR", "FM", "MH", "PW", "GU", "MP", "AS", "CK",
            "NU", "TK", "WF", "NF", "CX", "CC", "PN", "KZ", "KG", "TJ", "TM", "UZ", "IO", "HM");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("USA", "US"), Map.entry("United States of America", "US"), Map.entry("America", "US"),
            Map.entry("UK", "GB"), Map.entry("Great Britain", "GB"), Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"), Map.entry("Northern Ireland", "GB"),
            Map.entry("Korea", "KR"), Map.entry("Republic of Korea", "KR"), Map.entry("North Korea", "KP"),
            Map.entry("Russia", "RU"), Map.entry("Vietnam", "VN"), Map.entry("Czech Republic", "CZ"),
            Map.entry("Holland", "NL"), Map.entry("UAE", "AE"), Map.entry("Emirates", "AE"),
            Map.entry("Ivory Coast", "CI"), Map.entry("Turkey", "TR"), Map.entry("Macedonia", "MK"),
            Map.entry("Burma", "MM"), Map.entry("Hong Kong SAR", "HK"), Map.entry("Macau", "MO"),
            Map.entry("Taiwan", "TW"), Map.entry("Laos", "LA"), Map.entry("Syria", "SY"), Map.entry("Iran", "IR"),
            Map.entry("Bolivia", "BO"), Map.entry("Venezuela", "VE"), Map.entry("Tanzania", "TZ"),
            Map.entry("Moldova", "MD"), Map.entry("Palestine", "PS"), Map.entry("Congo", "CG"),
            Map.entry("DR Congo", "CD"), Map.entry("Brunei", "BN"), Map.entry("Cape Verde", "CV"),
            Map.entry("Eswatini", "SZ"), Map.entry("Swaziland", "SZ"), Map.entry("Vatican", "VA"));

    private final FuzzyLookup<String> countries = new FuzzyLookup<>();

    public RegionResolver() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            countries.put(code, code);
            countries.put(country.getISO3Country(), code);
            countries.put(country.getDisplayCountry(Locale.ENGLISH), code);
        }
        ALIASES.forEach(countries::put);
    }

    public Region regionOf(String country) {
        return countries.find(country).map(RegionResolver::regionOfCode).orElse(Region.UNKNOWN);
    }

    private static Region regionOfCode(String iso2) {
        if (NORTH_AMERICA.contains(iso2)) {
            return Region.NORTH_AMERICA;
        }
        if (LATIN_AMERICA.contains(iso2)) {
            return Region.LATIN_AMERICA;
        }
        if (APAC.contains(iso2)) {
            return Region.APAC;
        }
        if (iso2.equals("AQ") || iso2.equals("BV") || iso2.equals("GS") || iso2.equals("TF")) {
            return Region.UNKNOWN;
        }
        return Region.EMEA;
    }
}
