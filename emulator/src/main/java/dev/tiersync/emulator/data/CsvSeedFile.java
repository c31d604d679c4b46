package dev.tiersync.emulator.data;

import dev.tiersync.emulator.SeedDataException;
import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.FieldRules;
import dev.tiersync.emulator.store.FieldType;
import dev.tiersync.emulator.store.ObjectSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One Data Loader CSV file of one sObject, read as a real org would take it: UTF-8 (with or without a
 * byte-order mark), separated by commas, every quote closed, every column a field of the object and
 * every value one that field can hold. Anything else is a {@link SeedDataException} naming the file,
 * line and column.
 */
final class CsvSeedFile {

    /** Columns Data Loader adds to its success and error files. */
    static final List<String> DATA_LOADER_COLUMNS = List.of("STATUS", "ERROR");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final Pattern SALESFORCE_ID = Pattern.compile("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");
    private static final List<Character> OTHER_SEPARATORS = List.of(';', '\t', '|');

    private final Path file;
    private final ObjectSchema object;

    CsvSeedFile(Path file, ObjectSchema object) {
        this.file = file;
        this.object = object;
    }

    /** Every row, keyed by field API name, an empty cell as null; each row remembers its line. */
    List<Map<String, String>> read(Map<Map<String, String>, Long> lines) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8)));
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, FieldDefinition> fieldOf = fields(parser.getHeaderNames());
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long lastLine = 1;
            try {
                for (CSVRecord record : parser) {
                    long line = lastLine + 1;
                    lastLine = parser.getCurrentLineNumber();
                    Map<String, String> row = row(record, line, parser.getHeaderNames().size(), fieldOf);
                    String id = row.get("Id");
                    Long first = seen.putIfAbsent(id, line);
                    if (first != null) {
                        throw new SeedDataException(file, line, null, "duplicate Id " + id + " (first on line " + first + ")");
                    }
                    rows.add(row);
                    lines.put(row, line);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e, lastLine + 1);
            }
            return rows;
        } catch (IOException e) {
            throw unreadable(e, 1);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, 1);
        }
    }

    private Map<String, FieldDefinition> fields(List<String> columns) {
        if (columns.size() == 1) {
            for (char separator : OTHER_SEPARATORS) {
                if (columns.get(0).indexOf(separator) >= 0) {
                    throw new SeedDataException(file, 1, null, "the header is separated by " + describe(separator)
                            + ", not by commas; save the file as CSV with commas, as Data Loader writes it");
                }
            }
        }
        Map<String, FieldDefinition> fieldOf = new LinkedHashMap<>();
        for (String column : columns) {
            if (DATA_LOADER_COLUMNS.contains(column)) {
                continue;
            }
            FieldDefinition field = object.field(column.strip()).orElseThrow(() -> new SeedDataException(file, 1, column,
                    "No such column '" + column + "' on entity '" + object.name() + "'"));
            fieldOf.put(column, field);
        }
        if (fieldOf.values().stream().noneMatch(f -> f.name().equals("Id"))) {
            throw new SeedDataException(file, 1, null, "the header has no Id column");
        }
        return fieldOf;
    }

    private Map<String, String> row(CSVRecord record, long line, int columns, Map<String, FieldDefinition> fieldOf) {
        if (record.size() != columns) {
            throw new SeedDataException(file, line, null, record.size() + " columns where the header has " + columns);
        }
        Map<String, String> row = new LinkedHashMap<>();
        fieldOf.forEach((column, field) -> {
            String value = record.get(column);
            row.put(field.name(), value.isEmpty() ? null : check(field, value, line, column));
        });
        if (row.get("Id") == null) {
            throw new SeedDataException(file, line, "Id", "Id is empty");
        }
        return row;
    }

    /** The value as written, once it is one the field can hold. */
    private String check(FieldDefinition field, String value, long line, String column) {
        if (field.type() == FieldType.ID && (!SALESFORCE_ID.matcher(value).matches() || !value.startsWith(object.keyPrefix()))) {
            throw new SeedDataException(file, line, column, "'" + value + "' is not " + object.name()
                    + " id (15 or 18 letters and digits starting " + object.keyPrefix() + ")");
        }
        if (field.type() == FieldType.REFERENCE && !SALESFORCE_ID.matcher(value).matches()) {
            throw new SeedDataException(file, line, column, "'" + value + "' is not a record id (15 or 18 letters and digits)");
        }
        try {
            FieldRules.normalise(field, value);
            return value;
        } catch (FieldRules.Refused refused) {
            throw new SeedDataException(file, line, column, refused.getMessage());
        }
    }

    private SeedDataException unreadable(Exception e, long line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return notUtf8();
            }
            String message = t.getMessage();
            if (message != null && message.contains("EOF reached before encapsulated token finished")) {
                Matcher start = START_LINE.matcher(message);
                long opened = start.find() ? Long.parseLong(start.group(1)) : line;
                return new SeedDataException(file, opened, null, "a quoted value opens here and is never closed "
                        + "(a \" with no closing \"); close the quote, or double a \" that is part of the value");
            }
        }
        return new SeedDataException(file, line, null, "cannot be read as CSV: " + e.getMessage());
    }

    /** Finds the first byte no UTF-8 text has, for a message that says where it is. */
    private SeedDataException notUtf8() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
            int offset = result.isError() ? in.position() : bytes.length;
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String at = offset < bytes.length ? String.format(Locale.ROOT, " (byte 0x%02X)", bytes[offset] & 0xFF) : "";
            return new SeedDataException(file, line, null, "the file is not UTF-8" + at + "; it looks like Latin-1 (ISO-8859-1) "
                    + "or Windows-1252: save it as UTF-8, as Data Loader writes it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String describe(char separator) {
        return switch (separator) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "'" + separator + "'";
        };
    }

    /** Data Loader's exports start with a UTF-8 byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
