package dev.tiersync.emulator.data;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.store.Schema;
import java.io.BufferedReader;
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

/**
 * Reads Data Loader CSV exports: one file per sObject, API field names as headers in any case (Data
 * Loader writes {@code "ID"}, {@code "NAME"}), quoted or not, with or without a UTF-8 byte-order mark.
 * The {@code STATUS} and {@code ERROR} columns of Data Loader's success and error files are not fields
 * and are left out.
 */
public final class CsvOrgLoader {

    /** Columns Data Loader adds to its success and error files. */
    static final List<String> DATA_LOADER_COLUMNS = List.of("STATUS", "ERROR");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static final List<String> REQUIRED = List.of("Account", "Opportunity");
    static final List<String> OPTIONAL = List.of("User");

    private CsvOrgLoader() {
    }

    public static Map<String, List<Map<String, String>>> load(Path dir) {
        Schema schema = Schema.standard();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder");
        }
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        for (String type : REQUIRED) {
            Path file = dir.resolve(type + ".csv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("dataset folder " + dir + " has no " + type + ".csv (Data Loader export with API field names as headers)");
            }
            result.put(type, read(file, schema.object(type).orElseThrow()));
        }
        for (String type : OPTIONAL) {
            Path file = dir.resolve(type + ".csv");
            if (Files.isRegularFile(file)) {
                result.put(type, read(file, schema.object(type).orElseThrow()));
            }
        }
        return result;
    }

    /** Data Loader's exports start with a UTF-8 byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    private static List<Map<String, String>> read(Path file, ObjectSchema object) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            Map<String, String> fieldOf = new LinkedHashMap<>();
            for (String column : columns) {
                if (!DATA_LOADER_COLUMNS.contains(column)) {
                    fieldOf.put(column, object.field(column.strip()).map(FieldDefinition::name).orElse(column));
                }
            }
            List<String> headers = List.copyOf(fieldOf.keySet());
            if (!fieldOf.containsValue("Id")) {
                throw new IllegalArgumentException(file + ": the header has no Id column");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                if (record.size() != columns.size()) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": "
                            + record.size() + " columns where the header has " + columns.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String header : headers) {
                    String value = record.get(header);
                    row.put(fieldOf.get(header), value.isEmpty() ? null : value);
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
