package dev.tiersync.emulator;

import dev.tiersync.emulator.data.CsvOrgLoader;
import dev.tiersync.emulator.data.OrgGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records an emulated org starts with, by sObject type. Immutable. */
public final class OrgData {

    private final Map<String, List<Map<String, String>>> records;
    private final Map<String, AccountKind> kinds;

    private OrgData(Map<String, List<Map<String, String>>> records) {
        this(records, Map.of());
    }

    private OrgData(Map<String, List<Map<String, String>>> records, Map<String, AccountKind> kinds) {
        this.kinds = Map.copyOf(kinds);
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        records.forEach((type, rows) -> copy.put(type, rows.stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList()));
        this.records = Map.copyOf(copy);
    }

    /** Records by type, each a map from field API name to text value (absent or null for none). */
    public static OrgData of(Map<String, List<Map<String, String>>> records) {
        return new OrgData(records);
    }

    /**
     * Reads a folder of Data Loader CSV exports: {@code Account.csv} and {@code Opportunity.csv},
     * optionally {@code User.csv}; API field names as headers; an empty cell is no value.
     *
     * @throws IllegalArgumentException naming the file, line and column of what is wrong
     */
    public static OrgData fromCsvFolder(Path dir) {
        return new OrgData(CsvOrgLoader.load(dir));
    }

    /** A small realistic B2B org, the same for the same arguments; its history ends the day before {@code anchor}. */
    public static OrgData generate(int accounts, long seed, LocalDate anchor) {
        OrgGenerator generator = new OrgGenerator(seed, anchor);
        Map<String, List<Map<String, String>>> records = generator.generate(accounts);
        return new OrgData(records, generator.kinds());
    }

    /** The kind of history the generator gave an account; empty for loaded data. */
    public java.util.Optional<AccountKind> kindOf(String accountId) {
        return java.util.Optional.ofNullable(kinds.get(accountId));
    }

    public int count(String sObjectType) {
        return records.getOrDefault(sObjectType, List.of()).size();
    }

    public Map<String, List<Map<String, String>>> records() {
        return records;
    }
}
