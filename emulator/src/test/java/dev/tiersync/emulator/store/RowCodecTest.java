package dev.tiersync.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A row the store encodes reads back as the very text it was given, in every field type and form of value. */
class RowCodecTest {

    private static final List<String> AWKWARD = List.of("", " ", "0", "-0", "12345.67", "1.0E10", "true", "false", "null",
            "ümlaut é", "日本語のテキスト", "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low", "end \uD83D",
            "tab\tnew\nline", "<xml & \"quotes\">", "x".repeat(100_000), "é".repeat(40_000),
            "2025-06-01T08:30:00.000Z", "2025-06-01T08:30:00Z", "2025-06-01T08:30:00.000+0000", "2025-06-01T24:00:00.000Z",
            "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000Z",
            "2025-06-01", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "0000-01-01", "0001-01-01", "9999-12-31",
            "1969-12-31", "2025-6-1", "2025-06-01 ",
            "0015g00000ABCDEAAA", SalesforceIds.of("001", "5g0000", 1), SalesforceIds.of("006", "5g0001", 238_327),
            SalesforceIds.of("a00", "5g0000", 56_800_235_583L), "0015g00000ABCDEAAB", "0015g00000ABCDE", "001-g00000ABCDEAAA",
            "001000000000001AAA", "00Q5g00000zzzzzAAA".toLowerCase(), "003ÄÖÜ0000ABCDEAAA");

    private final ObjectSchema object = everyType();

    @Test
    void everyFieldTypeReadsBackEveryValueAsItWasWritten() {
        RowCodec codec = new RowCodec(object);
        List<String[]> rows = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        for (String value : AWKWARD) {
            String[] row = new String[object.fieldCount()];
            Arrays.fill(row, value);
            rows.add(row);
            encoded.add(codec.encode(row));
        }
        for (int i = 0; i < rows.size(); i++) {
            assertThat(codec.decode(encoded.get(i))).as(AWKWARD.get(i)).containsExactly(rows.get(i));
            for (int field = 0; field < object.fieldCount(); field++) {
                assertThat(codec.value(encoded.get(i), field)).isEqualTo(AWKWARD.get(i));
            }
        }
    }

    @Test
    void nullsStayNullAndOnlyTheValuesOfARowAreWritten() {
        RowCodec codec = new RowCodec(object);
        String[] row = new String[object.fieldCount()];
        row[3] = "";
        row[object.fieldCount() - 1] = "last";
        byte[] encoded = codec.encode(row);

        assertThat(codec.decode(encoded)).containsExactly(row);
        assertThat(codec.value(encoded, 0)).isNull();
        assertThat(codec.value(encoded, 3)).isEmpty();
        assertThat(codec.decode(codec.encode(new String[object.fieldCount()]))).containsOnlyNulls();
        assertThat(codec.encode(new String[object.fieldCount()])).isEmpty();
    }

    @Test
    void aTypicalRecordTakesAFewBytesPerValue() {
        ObjectSchema opportunity = StandardObjects.opportunity();
        RowCodec codec = new RowCodec(opportunity);
        String[] row = new String[opportunity.fieldCount()];
        row[opportunity.position("Id")] = SalesforceIds.of("006", "5g0000", 123_456);
        row[opportunity.position("AccountId")] = SalesforceIds.of("001", "5g0000", 23_456);
        row[opportunity.position("IsDeleted")] = "false";
        row[opportunity.position("StageName")] = "Closed Won";
        row[opportunity.position("CloseDate")] = "2024-11-30";
        row[opportunity.position("CreatedDate")] = "2024-10-01T09:15:00.000Z";
        row[opportunity.position("LastModifiedDate")] = "2024-12-01T10:00:00.123Z";
        row[opportunity.position("SystemModstamp")] = "2024-12-01T10:00:00.123Z";
        codec.encode(row); // the first row gives the dictionaries their codes

        // 8 values as text would be 18 + 18 + 5 + 10 + 10 + 3 * 24 = 133 characters
        assertThat(codec.encode(row).length).isLessThan(50);
        assertThat(codec.decode(codec.encode(row))).containsExactly(row);
    }

    @Test
    void aFieldWithMoreDistinctValuesThanItsDictionaryHoldsReadsBackEveryOne() {
        RowCodec codec = new RowCodec(object);
        int picklist = object.position("Picklist");
        List<byte[]> encoded = new ArrayList<>();
        for (int i = 0; i < RowCodec.DICTIONARY_SIZE * 3; i++) {
            String[] row = new String[object.fieldCount()];
            row[picklist] = "value " + i;
            encoded.add(codec.encode(row));
        }
        for (int i = 0; i < encoded.size(); i++) {
            assertThat(codec.value(encoded.get(i), picklist)).isEqualTo("value " + i);
        }
    }

    @Test
    void idsWithMoreBeginningsThanATableCodesReadBackEveryOne() {
        RowCodec codec = new RowCodec(object);
        int id = object.position("Id");
        List<String> ids = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        for (int i = 0; i < RowCodec.HEADS + 500; i++) {
            String[] row = new String[object.fieldCount()];
            row[id] = SalesforceIds.of("a" + (char) ('A' + i % 26) + (char) ('a' + i / 26 % 26), String.format("%06d", i), i);
            ids.add(row[id]);
            encoded.add(codec.encode(row));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(codec.value(encoded.get(i), id)).isEqualTo(ids.get(i));
        }
    }

    @Test
    void aQueryReadsOnlyTheFieldsItWants() {
        RowCodec codec = new RowCodec(object);
        String[] row = new String[object.fieldCount()];
        Arrays.fill(row, "2025-06-01T08:30:00.000Z");
        boolean[] wanted = new boolean[3];
        wanted[0] = true;
        wanted[2] = true;

        String[] read = codec.decode(codec.encode(row), wanted);

        assertThat(read).hasSize(object.fieldCount());
        assertThat(read[0]).isEqualTo(row[0]);
        assertThat(read[1]).isNull();
        assertThat(read[2]).isEqualTo(row[2]);
        assertThat(Arrays.copyOfRange(read, 3, read.length)).containsOnlyNulls();
    }

    @Test
    void datesAndDateTimesReadBackAsJavaTimeWritesThem() {
        for (LocalDate day = LocalDate.of(1, 1, 1); day.getYear() < 10_000; day = day.plusDays(day.getYear() > 1800
                && day.getYear() < 2200 ? 1 : 13)) {
            long epochDay = DateTexts.epochDay(day.toString());
            assertThat(epochDay).isEqualTo(day.toEpochDay());
            assertThat(DateTexts.date(epochDay)).isEqualTo(day.toString());
        }
        Random random = new Random(7);
        long from = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            long millis = from + (long) (random.nextDouble() * (to - from));
            String text = Clocks.format(Instant.ofEpochMilli(millis));
            assertThat(DateTexts.datetime(millis)).isEqualTo(text);
            assertThat(DateTexts.datetimeMillis(text)).isEqualTo(millis);
        }
    }

    /** An object with a field of every type, Id first as in every real one. */
    private static ObjectSchema everyType() {
        ObjectSchema object = new ObjectSchema("Every__c", "a99").add(FieldDefinition.readOnly("Id", FieldType.ID));
        for (FieldType type : FieldType.values()) {
            if (type != FieldType.ID) {
                String name = type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT);
                object.add(FieldDefinition.of(name, type));
            }
        }
        return object;
    }
}
