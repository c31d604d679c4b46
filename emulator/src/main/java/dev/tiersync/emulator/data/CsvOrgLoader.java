package dev.tiersync.emulator.data;

import dev.tiersync.emulator.SeedDataException;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.store.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a folder of Data Loader CSV exports, one file per sObject ({@link CsvSeedFile}): API field
 * names as headers in any case (Data Loader writes {@code "ID"}, {@code "NAME"}), quoted or not, with
 * or without a UTF-8 byte-order mark; the {@code STATUS} and {@code ERROR} columns of Data Loader's
 * success and error files are left out. What a real org would refuse is a {@link SeedDataException}
 * naming the file, line and column: values a field cannot hold, and lookups (an opportunity's account,
 * a contact role's contact) to records the folder does not hold. Besides Account.csv and
 * Opportunity.csv, a folder may hold User, Contact, Case, Task, Event and OpportunityContactRole files.
 */
public final class CsvOrgLoader {

    static final List<String> REQUIRED = List.of("Account", "Opportunity");
    static final List<String> OPTIONAL = List.of("User", "Contact", "Case", "Task", "Event", "OpportunityContactRole");

    /** A lookup a real org checks: the record it names must exist. */
    private record Lookup(String type, String field, String target) {
    }

    private static final List<Lookup> LOOKUPS = List.of(
            new Lookup("Account", "ParentId", "Account"),
            new Lookup("Opportunity", "AccountId", "Account"),
            new Lookup("Contact", "AccountId", "Account"),
            new Lookup("Contact", "ReportsToId", "Contact"),
            new Lookup("Case", "AccountId", "Account"),
            new Lookup("Case", "ContactId", "Contact"),
            new Lookup("Case", "ParentId", "Case"),
            new Lookup("OpportunityContactRole", "OpportunityId", "Opportunity"),
            new Lookup("OpportunityContactRole", "ContactId", "Contact"));

    private CsvOrgLoader() {
    }

    /** @throws SeedDataException for what a real org would refuse */
    public static Map<String, List<Map<String, String>>> load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder");
        }
        Schema schema = Schema.standard();
        Map<Map<String, String>, Long> lines = new IdentityHashMap<>();
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        for (String type : REQUIRED) {
            Path file = dir.resolve(type + ".csv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("dataset folder " + dir + " has no " + type + ".csv (Data Loader export with API field names as headers)");
            }
            result.put(type, new CsvSeedFile(file, object(schema, type)).read(lines));
        }
        for (String type : OPTIONAL) {
            Path file = dir.resolve(type + ".csv");
            if (Files.isRegularFile(file)) {
                result.put(type, new CsvSeedFile(file, object(schema, type)).read(lines));
            }
        }
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        result.forEach((type, rows) -> ids.put(type, rows.stream().map(row -> row.get("Id")).collect(Collectors.toCollection(HashSet::new))));
        for (Lookup lookup : LOOKUPS) {
            requireKnown(dir.resolve(lookup.type() + ".csv"), result.getOrDefault(lookup.type(), List.of()), lookup,
                    ids.getOrDefault(lookup.target(), Set.of()), lines);
        }
        return result;
    }

    private static ObjectSchema object(Schema schema, String type) {
        return schema.object(type).orElseThrow();
    }

    /** A lookup must name a record the folder holds, as a real org refuses a lookup to no record. */
    private static void requireKnown(Path file, List<Map<String, String>> rows, Lookup lookup, Set<String> targets,
                                     Map<Map<String, String>, Long> lines) {
        for (Map<String, String> row : rows) {
            String target = row.get(lookup.field());
            if (target != null && !targets.contains(target)) {
                throw new SeedDataException(file, lines.get(row), lookup.field(), "no " + lookup.target().toLowerCase(java.util.Locale.ROOT)
                        + " " + target + " in " + lookup.target() + ".csv");
            }
        }
    }
}
