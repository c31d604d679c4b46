package dev.tiersync.store;

import static dev.tiersync.store.JdbcSnapshotStoreTest.fullAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldValues;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    @Test
    void decimalsOfEverySizeAndScaleComeBackExactly() {
        List<BigDecimal> decimals = List.of(BigDecimal.ZERO, new BigDecimal("1250000.50"), new BigDecimal("-7.25"),
                new BigDecimal("1E+9"), new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), 3),
                new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE)), new BigDecimal(BigInteger.TWO.pow(63)),
                new BigDecimal("-123456789012345678901234567890.123456789"));
        PageBytes out = new PageBytes(1);
        decimals.forEach(out::writeDecimal);

        ByteBuffer in = ByteBuffer.wrap(out.toByteArray());
        for (BigDecimal decimal : decimals) {
            BigDecimal read = PageBytes.readDecimal(in);
            assertThat(read).isEqualTo(decimal);
            assertThat(read.scale()).isEqualTo(decimal.scale());
        }
        assertThat(in.remaining()).isZero();
    }

    @Test
    void everyOtherValueIsWrittenByteForByteAsDataOutputStreamWritesIt() throws Exception {
        Instant instant = Instant.parse("2024-02-29T23:59:59.999999Z");
        PageBytes page = new PageBytes(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        for (String text : List.of("", "Acme", "Négociation — 交渉 \uD83D\uDE80")) {
            page.writeText(text);
            writeText(data, text);
        }
        page.writeInt(-42);
        data.writeInt(-42);
        page.writeLong(Long.MIN_VALUE + 7);
        data.writeLong(Long.MIN_VALUE + 7);
        page.writeDouble(-0.1);
        data.writeDouble(-0.1);
        page.writeBoolean(true);
        data.writeBoolean(true);
        page.writeBoolean(false);
        data.writeBoolean(false);
        page.writeInstant(instant);
        data.writeLong(instant.getEpochSecond());
        data.writeInt(instant.getNano());

        assertThat(page.toByteArray()).isEqualTo(bytes.toByteArray());
        ByteBuffer in = ByteBuffer.wrap(page.toByteArray());
        assertThat(List.of(PageBytes.readText(in), PageBytes.readText(in), PageBytes.readText(in)))
                .containsExactly("", "Acme", "Négociation — 交渉 \uD83D\uDE80");
        assertThat(in.getInt()).isEqualTo(-42);
        assertThat(in.getLong()).isEqualTo(Long.MIN_VALUE + 7);
        assertThat(in.getDouble()).isEqualTo(-0.1);
        assertThat(PageBytes.readBoolean(in)).isTrue();
        assertThat(PageBytes.readBoolean(in)).isFalse();
        assertThat(PageBytes.readInstant(in)).isEqualTo(instant);
    }

    @Test
    void anAccountWrittenByTheFirstFormatWithItsDecimalsAsTextIsStillRead() throws Exception {
        Columns columns = Columns.of(AccountFields.ALL);
        FieldValues values = Records.values(fullAccount("001000000000001AAA"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        // what format 1 wrote: a presence byte, then each stored value, a decimal as its text
        for (Field<?> field : columns.fields()) {
            Object stored = stored(field, values.getRaw(field));
            data.writeBoolean(stored != null);
            if (stored == null) {
                continue;
            }
            switch (field.type().storage()) {
                case TEXT, ENUM_NAME -> writeText(data, (String) stored);
                case DOUBLE -> data.writeDouble((Double) stored);
                case DECIMAL -> writeText(data, stored.toString());
                case INTEGER -> data.writeInt((Integer) stored);
                case BOOLEAN -> data.writeBoolean((Boolean) stored);
                case DATE -> data.writeLong(((LocalDate) stored).toEpochDay());
                case TIMESTAMP -> {
                    data.writeLong(((Instant) stored).getEpochSecond());
                    data.writeInt(((Instant) stored).getNano());
                }
            }
        }
        FieldValues.Builder oldFormat = FieldValues.builder().set(AccountFields.ID, "001000000000001AAA");
        columns.read(ByteBuffer.wrap(bytes.toByteArray()), 1, oldFormat);
        PageBytes current = new PageBytes(1);
        columns.write(current, values);
        FieldValues.Builder newFormat = FieldValues.builder().set(AccountFields.ID, "001000000000001AAA");
        columns.read(ByteBuffer.wrap(current.toByteArray()), RecordPages.FORMAT, newFormat);

        assertThat(Records.account(oldFormat.build())).usingRecursiveComparison().isEqualTo(fullAccount("001000000000001AAA"));
        assertThat(Records.account(newFormat.build())).usingRecursiveComparison().isEqualTo(fullAccount("001000000000001AAA"));
        assertThat(columns.fields()).anyMatch(field -> field.type().storage() == dev.tiersync.domain.fields.Storage.DECIMAL);
    }

    private static <T> Object stored(Field<T> field, Object value) {
        return field.type().stored(field.type().cast(value));
    }

    private static void writeText(DataOutputStream data, String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(utf8.length);
        data.write(utf8);
    }
}
