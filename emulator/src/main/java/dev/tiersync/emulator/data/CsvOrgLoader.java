package dev.tiersync.emulator.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads Data Loader CSV exports: one file per sObject, API field names as headers. */
public final class CsvOrgLoader {

    static final List<String> REQUIRED = List.of("Account", "Opportunity");
    static final List<String> OPTIONAL = List.of("User");

    private CsvOrgLoader() {
    }

    public static Map<String, List<Map<String, String>>> load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder");
        }
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        for (String type : REQUIRED) {
            Path file = dir.resolve(type + ".csv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("dataset folder " + dir + " has no " + type + ".csv (Data Loader export with API field names as headers)");
            }
            result.put(type, read(file));
        }
        for (String type : OPTIONAL) {
            Path file = dir.resolve(type + ".csv");
            if (Files.isRegularFile(file)) {
                result.put(type, read(file));
            }
        }
        return result;
    }

    private static List<Map<String, String>> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames();
            if (!headers.contains("Id")) {
                throw new IllegalArgumentException(file + ": the header has no Id column");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                if (record.size() != headers.size()) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": "
                            + record.size() + " columns where the header has " + headers.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String header : headers) {
                    String value = record.get(header);
                    row.put(header, value.isEmpty() ? null : value);
                }
                String id = row.get("Id");
                if (id == null) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": Id is empty");
                }
                Long first = seen.putIfAbsent(id, parser.getCurrentLineNumber());
                if (first != null) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": duplicate Id "
                            + id + " (first on line " + first + ")");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
