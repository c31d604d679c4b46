package dev.tiersync.domain.firmographics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical industries and the other names each goes by.
 *
 * @param industries canonical name to aliases
 */
public record IndustryCatalog(Map<String, List<String>> industries) {

    public static final String UNKNOWN = "Unknown";
    public static final String OTHER = "Other";

    public IndustryCatalog {
        if (industries == null || industries.isEmpty()) {
            throw new IllegalArgumentException("the industry catalog needs at least one industry");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        industries.forEach((name, aliases) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an industry name must not be blank");
            }
            copy.put(name, aliases == null ? List.of() : List.copyOf(aliases));
        });
        industries = java.util.Collections.unmodifiableMap(copy);
    }

    /** Salesforce's standard Industry values, with the names CRM data commonly uses for them. */
    public static IndustryCatalog defaults() {
        Map<String, List<String>> industries = new LinkedHashMap<>();
        industries.put("Agriculture", List.of("farming", "agribusiness"));
        industries.put("Apparel", List.of("fashion", "clothing", "textiles"));
        industries.put("Banking", List.of("bank", "banks"));
        industries.put("Biotechnology", List.of("biotech", "life sciences", "pharmaceuticals", "pharma"));
        industries.put("Chemicals", List.of("chemical"));
        industries.put("Communications", List.of("communication"));
        industries.put("Construction", List.of("building"));
        industries.put("Consulting", List.of("professional services", "services", "advisory"));
        industries.put("Education", List.of("edtech", "higher education", "university", "schools"));
        industries.put("Electronics", List.of("electronic", "semiconductors"));
        industries.put("Energy", List.of("oil and gas", "oil & gas", "renewables", "power"));
        industries.put("Engineering", List.of());
        industries.put("Entertainment", List.of("gaming", "games", "film", "music"));
        industries.put("Environmental", List.of());
        industries.put("Finance", List.of("financial services", "fintech", "financial", "investment"));
        industries.put("Food & Beverage", List.of("food", "beverage", "restaurants"));
        industries.put("Government", List.of("public sector", "federal", "state and local"));
        industries.put("Healthcare", List.of("medical", "health care", "health", "hospital", "hospitals"));
        industries.put("Hospitality", List.of("hotels", "travel", "tourism"));
        industries.put("Insurance", List.of("insurer"));
        industries.put("Machinery", List.of("industrial equipment"));
        industries.put("Manufacturing", List.of("industrial", "automotive"));
        industries.put("Marketing", List.of("advertising", "marketing services"));
        industries.put("Media", List.of("publishing", "broadcasting", "news"));
        industries.put("Not For Profit", List.of("nonprofit", "non-profit", "ngo", "charity"));
        industries.put("Recreation", List.of("sports", "leisure"));
        industries.put("Retail", List.of("ecommerce", "e-commerce", "consumer goods", "wholesale"));
        industries.put("Shipping", List.of("logistics", "freight"));
        industries.put("Staffing", List.of("employment", "recruiting", "human resources", "hr"));
        industries.put("Technology", List.of("tech", "software", "saas", "it", "information technology", "high tech",
                "computer hardware", "hardware", "internet"));
        industries.put("Telecommunications", List.of("telecom", "telco", "telecoms"));
        industries.put("Transportation", List.of("transport", "airlines", "railways", "trucking"));
        industries.put("Utilities", List.of("utility", "water"));
        return new IndustryCatalog(industries);
    }
}
