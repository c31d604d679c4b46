package dev.tiersync.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The bytes of a stored page ({@link RecordPages}), written big-endian as {@link java.io.DataOutputStream} writes
 * them, into one growing array with no lock per write: a {@code DataOutputStream} over a
 * {@code ByteArrayOutputStream} takes a monitor for each of a page's tens of thousands of writes, and profiling a pull
 * showed it. Reads are static, over a {@link ByteBuffer} of the page.
 */
final class PageBytes {

    private byte[] bytes;
    private int size;

    PageBytes(int expected) {
        this.bytes = new byte[Math.max(64, expected)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeBoolean(boolean value) {
        room(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    void writeByte(int value) {
        room(1);
        bytes[size++] = (byte) value;
    }

    void writeInt(int value) {
        room(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void writeDouble(double value) {
        writeLong(Double.doubleToLongBits(value));
    }

    /** Its UTF-8 bytes after their count. */
    void writeText(String text) {
        writeCounted(text.getBytes(StandardCharsets.UTF_8));
    }

    void writeInstant(Instant instant) {
        writeLong(instant.getEpochSecond());
        writeInt(instant.getNano());
    }

    /** The scale, then the unscaled value as a long when it fits one (kind 0), else its two's-complement bytes (kind 1). */
    void writeDecimal(BigDecimal value) {
        writeInt(value.scale());
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < Long.SIZE) {
            writeByte(0);
            writeLong(unscaled.longValue());
        } else {
            writeByte(1);
            writeCounted(unscaled.toByteArray());
        }
    }

    /** The bytes after their count. */
    private void writeCounted(byte[] counted) {
        writeInt(counted.length);
        room(counted.length);
        System.arraycopy(counted, 0, bytes, size, counted.length);
        size += counted.length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    static boolean readBoolean(ByteBuffer in) {
        return in.get() != 0;
    }

    static String readText(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    static Instant readInstant(ByteBuffer in) {
        long seconds = in.getLong();
        return Instant.ofEpochSecond(seconds, in.getInt());
    }

    static BigDecimal readDecimal(ByteBuffer in) {
        int scale = in.getInt();
        byte kind = in.get();
        if (kind == 0) {
            return BigDecimal.valueOf(in.getLong(), scale);
        }
        if (kind != 1) {
            throw new IllegalArgumentException("a decimal of unknown kind " + kind);
        }
        byte[] magnitude = new byte[in.getInt()];
        in.get(magnitude);
        return new BigDecimal(new BigInteger(magnitude), scale);
    }
}
