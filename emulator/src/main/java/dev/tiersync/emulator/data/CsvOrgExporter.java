package dev.tiersync.emulator.data;

import dev.tiersync.emulator.OrgStore;
import dev.tiersync.emulator.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes an org's records as Data Loader CSV exports that {@link CsvOrgLoader} reads back. */
public final class CsvOrgExporter {

    static final List<String> TYPES = List.of("Account", "Opportunity", "User", "Contact", "Case", "Task", "Event",
            "OpportunityContactRole");
    /** Written even when empty, as the loader needs them. */
    static final List<String> ALWAYS = List.of("Account", "Opportunity");

    private CsvOrgExporter() {
    }

    /** One file per type, API field names as headers, blank cells for no value; deleted records are left out. */
    public static void export(OrgStore store, Path dir) {
        try {
            Files.createDirectories(dir);
            for (String type : TYPES) {
                List<StoredRecord> records = store.records(type).stream()
                        .filter(r -> !"true".equals(r.get("IsDeleted"))).toList();
                if (records.isEmpty() && !ALWAYS.contains(type)) {
                    continue;
                }
                write(dir.resolve(type + ".csv"), records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the org to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, List<StoredRecord> records) throws IOException {
        List<String> headers = records.isEmpty() ? List.of("Id")
                : records.get(0).fields().keySet().stream().filter(f -> !f.equals("IsDeleted")).toList();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(headers);
            for (StoredRecord record : records) {
                printer.printRecord(headers.stream().map(h -> record.get(h) == null ? "" : record.get(h)).toList());
            }
        }
    }
}
