package dev.tiersync.emulator;

import dev.tiersync.emulator.data.CsvOrgLoader;
import dev.tiersync.emulator.data.OrgGenerator;
import dev.tiersync.emulator.data.RecordSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records an emulated org starts with: loaded rows, or a recipe for a generated org that is
 * produced record by record as the org loads, so a million accounts never sit in memory twice.
 */
public final class OrgData {

    private final Map<String, List<Map<String, String>>> loaded;
    private final Generated generated;

    private OrgData(Map<String, List<Map<String, String>>> loaded, Generated generated) {
        this.loaded = loaded;
        this.generated = generated;
    }

    /** Records by type, each a map from field API name to text value (absent or null for none). */
    public static OrgData of(Map<String, List<Map<String, String>>> records) {
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        records.forEach((type, rows) -> copy.put(type, rows.stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList()));
        return new OrgData(Collections.unmodifiableMap(copy), null);
    }

    /**
     * Reads a folder of Data Loader CSV exports: {@code Account.csv} and {@code Opportunity.csv},
     * optionally {@code User.csv}; API field names as headers; an empty cell is no value.
     *
     * @throws SeedDataException naming the file, line and column of what a real org would refuse
     */
    public static OrgData fromCsvFolder(Path dir) {
        return of(CsvOrgLoader.load(dir));
    }

    /**
     * A realistic B2B org, the same for the same arguments; its history ends the day before
     * {@code anchor}. Each account's history is of a known {@link AccountKind}.
     */
    public static OrgData generate(int accounts, long seed, LocalDate anchor) {
        if (accounts < 0) {
            throw new IllegalArgumentException("account count must not be negative, was " + accounts);
        }
        return new OrgData(null, new Generated(accounts, seed, anchor, false));
    }

    /**
     * The org {@link #generate} makes, each account with its contacts, support cases, activities and the
     * contacts on its won deals as well, shaped by its kind (a churning customer's support load rises and its
     * activity fades; an expanding one adds contacts).
     */
    public static OrgData generateWithEngagement(int accounts, long seed, LocalDate anchor) {
        if (accounts < 0) {
            throw new IllegalArgumentException("account count must not be negative, was " + accounts);
        }
        return new OrgData(null, new Generated(accounts, seed, anchor, true));
    }

    /** Hands every record to the sink: accounts before their opportunities. */
    public void forEachRecord(RecordSink sink) {
        if (generated != null) {
            new OrgGenerator(generated.seed(), generated.anchor(), generated.engagement()).generate(generated.accounts(), sink);
        } else {
            loaded.forEach((type, rows) -> rows.forEach(row -> sink.accept(type, row)));
        }
    }

    /** Every record by type, in memory: for small orgs and tests. */
    public Map<String, List<Map<String, String>>> records() {
        if (loaded != null) {
            return loaded;
        }
        Map<String, List<Map<String, String>>> records = new LinkedHashMap<>();
        forEachRecord((type, row) -> records.computeIfAbsent(type, t -> new ArrayList<>()).add(row));
        return records;
    }

    /** How many records of a type the org starts with. */
    public int count(String sObjectType) {
        if (loaded != null) {
            return loaded.getOrDefault(sObjectType, List.of()).size();
        }
        if (sObjectType.equals("Account")) {
            return generated.accounts();
        }
        Map<String, Integer> counts = new HashMap<>();
        forEachRecord((type, row) -> counts.merge(type, 1, Integer::sum));
        return counts.getOrDefault(sObjectType, 0);
    }

    /** The kind of history the generator gave an account; empty for loaded data or an unknown id. */
    public Optional<AccountKind> kindOf(String accountId) {
        if (generated == null) {
            return Optional.empty();
        }
        return generated.index(accountId).map(i -> new OrgGenerator(generated.seed(), generated.anchor()).kindOf(i));
    }

    private record Generated(int accounts, long seed, LocalDate anchor, boolean engagement) {

        /** The position of a generated account id: its sequence number is encoded in the id itself. */
        Optional<Integer> index(String accountId) {
            return OrgGenerator.accountIndex(accountId).filter(i -> i < accounts);
        }
    }
}
