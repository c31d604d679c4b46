package dev.tiersync.emulator.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the rows of one sObject type compactly and reads them back exactly: a row is a byte array of its
 * non-null values in field order, each a header (the gap since the last value's field, and how the value is
 * written) and the value. A value recurring in a field is a code into that field's dictionary; an id is its
 * first nine characters as a code and the rest as a number; a DateTime or Date in Salesforce's format is a
 * number; anything else is its UTF-8 text. Every form is chosen only when it gives back the very same text.
 * <p>
 * Encoding changes the dictionaries, so it is for one writer at a time; decoding may run in any thread at
 * once with it: a code is in its dictionary before any row using it, and a dictionary never moves or changes
 * an entry.
 */
final class RowCodec {

    /** The most values a field's dictionary holds: a field with more distinct values writes the later ones out. */
    static final int DICTIONARY_SIZE = 1024;
    /** The most id beginnings (key prefix and instance) a table writes as codes. */
    static final int HEADS = 4096;

    private static final int TEXT = 0;
    private static final int CODE = 1;
    private static final int ID = 2;
    private static final int DATETIME = 3;
    private static final int DATE = 4;
    private static final int UTF16 = 5;
    private static final int KIND_BITS = 3;
    private static final int HEAD_LENGTH = 9;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String CHECKSUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private final int fieldCount;
    private final boolean[] coded;
    private final Dictionary[] dictionaries;
    private final Dictionary heads = new Dictionary(HEADS);

    RowCodec(ObjectSchema object) {
        this.fieldCount = object.fieldCount();
        this.coded = new boolean[fieldCount];
        this.dictionaries = new Dictionary[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            FieldType type = object.at(i).type();
            // an Id and a DateTime are nearly always distinct, a long text too: a dictionary would only hold the first ones
            coded[i] = type != FieldType.ID && type != FieldType.DATETIME && type != FieldType.TEXTAREA;
        }
    }

    /** The row as bytes; the array must have a value (or null) for every field of the object. */
    byte[] encode(String[] row) {
        if (row.length != fieldCount) {
            throw new IllegalArgumentException("a row of " + fieldCount + " fields was expected, got " + row.length);
        }
        Output out = new Output();
        int last = -1;
        for (int position = 0; position < row.length; position++) {
            String value = row[position];
            if (value == null) {
                continue;
            }
            int gap = position - last - 1;
            last = position;
            int code = coded[position] ? dictionary(position).codeOf(value) : -1;
            if (code >= 0) {
                out.header(gap, CODE).varint(code);
                continue;
            }
            long number;
            if ((number = idNumber(value)) >= 0) {
                int head = heads.codeOf(value.substring(0, HEAD_LENGTH));
                if (head >= 0) {
                    out.header(gap, ID).varint(head).varint(number);
                    continue;
                }
            }
            if (value.length() == 24 && (number = DateTexts.datetimeMillis(value)) != Long.MIN_VALUE) {
                out.header(gap, DATETIME).varint(zigzag(number));
            } else if (value.length() == 10 && (number = DateTexts.epochDay(value)) != Long.MIN_VALUE) {
                out.header(gap, DATE).varint(zigzag(number));
            } else if (survivesUtf8(value)) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                out.header(gap, TEXT).varint(bytes.length).bytes(bytes);
            } else {
                out.header(gap, UTF16).varint(value.length());
                for (int i = 0; i < value.length(); i++) {
                    out.varint(value.charAt(i));
                }
            }
        }
        return out.toArray();
    }

    /** The row's values by field position, null where it has none. */
    String[] decode(byte[] encoded) {
        String[] row = new String[fieldCount];
        Input in = new Input(encoded);
        int position = -1;
        while (in.more()) {
            long header = in.varint();
            position += (int) (header >>> KIND_BITS) + 1;
            row[position] = value(in, (int) (header & ((1 << KIND_BITS) - 1)), position);
        }
        return row;
    }

    /**
     * The row's values in the wanted fields by field position, null in the others: what a query reads of a row,
     * without making text of the rest.
     */
    String[] decode(byte[] encoded, boolean[] wanted) {
        String[] row = new String[fieldCount];
        Input in = new Input(encoded);
        int position = -1;
        while (in.more()) {
            long header = in.varint();
            position += (int) (header >>> KIND_BITS) + 1;
            if (position >= wanted.length) {
                break;
            }
            int kind = (int) (header & ((1 << KIND_BITS) - 1));
            if (wanted[position]) {
                row[position] = value(in, kind, position);
            } else {
                skip(in, kind);
            }
        }
        return row;
    }

    /** The value of one field of the row, reading no further than it; null when the row has none. */
    String value(byte[] encoded, int field) {
        Input in = new Input(encoded);
        int kind = seek(in, field);
        return kind < 0 ? null : value(in, kind, field);
    }

    /**
     * Moves {@code in} to the value of one field, reading no further than it: returns the value's kind, with {@code in}
     * at the value; -1 when the row has none.
     */
    private static int seek(Input in, int field) {
        int position = -1;
        while (in.more()) {
            long header = in.varint();
            position += (int) (header >>> KIND_BITS) + 1;
            if (position > field) {
                return -1;
            }
            int kind = (int) (header & ((1 << KIND_BITS) - 1));
            if (position == field) {
                return kind;
            }
            skip(in, kind);
        }
        return -1;
    }

    /**
     * An id as a number unique among the ids this codec writes as numbers (its beginning's code and the number
     * after it); -1 when the codec would write it out as text.
     */
    long idKey(String value) {
        long number = idNumber(value);
        if (number < 0) {
            return -1;
        }
        int head = heads.existingCode(value.substring(0, HEAD_LENGTH));
        return head < 0 ? -1 : key(head, number);
    }

    /** The {@link #idKey} of the value of a field written as an id; -1 when the row has it otherwise or not at all. */
    long idKey(byte[] encoded, int field) {
        Input in = new Input(encoded);
        if (seek(in, field) != ID) {
            return -1;
        }
        int head = (int) in.varint();
        return key(head, in.varint());
    }

    /** A head code below 4096 (12 bits) and six base-62 digits (36 bits) fit in one positive long. */
    private static long key(int head, long number) {
        return ((long) head << 40) | number;
    }

    private String value(Input in, int kind, int position) {
        return switch (kind) {
            case CODE -> dictionaries[position].at((int) in.varint());
            case ID -> id(heads.at((int) in.varint()), in.varint());
            case DATETIME -> DateTexts.datetime(unzigzag(in.varint()));
            case DATE -> DateTexts.date(unzigzag(in.varint()));
            case TEXT -> in.utf8((int) in.varint());
            case UTF16 -> {
                char[] chars = new char[(int) in.varint()];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) in.varint();
                }
                yield new String(chars);
            }
            default -> throw new IllegalStateException("a row holds a value of unknown kind " + kind);
        };
    }

    private static void skip(Input in, int kind) {
        switch (kind) {
            case CODE, DATETIME, DATE -> in.varint();
            case ID -> {
                in.varint();
                in.varint();
            }
            case TEXT -> in.skip((int) in.varint());
            case UTF16 -> {
                long chars = in.varint();
                for (long i = 0; i < chars; i++) {
                    in.varint();
                }
            }
            default -> throw new IllegalStateException("a row holds a value of unknown kind " + kind);
        }
    }

    private Dictionary dictionary(int position) {
        Dictionary dictionary = dictionaries[position];
        if (dictionary == null) {
            dictionary = new Dictionary(DICTIONARY_SIZE);
            dictionaries[position] = dictionary;
        }
        return dictionary;
    }

    /**
     * The number in the last six characters of an 18-character id before its checksum, read in base 62, when the
     * value is such an id with the right checksum; else -1.
     */
    static long idNumber(String value) {
        if (value.length() != 18) {
            return -1;
        }
        for (int i = 0; i < HEAD_LENGTH; i++) {
            if (BASE62.indexOf(value.charAt(i)) < 0) {
                return -1;
            }
        }
        long number = 0;
        for (int i = HEAD_LENGTH; i < 15; i++) {
            int digit = BASE62.indexOf(value.charAt(i));
            if (digit < 0) {
                return -1;
            }
            number = number * 62 + digit;
        }
        char[] chars = value.toCharArray();
        for (int chunk = 0; chunk < 3; chunk++) {
            if (chars[15 + chunk] != checksum(chars, chunk)) {
                return -1;
            }
        }
        return number;
    }

    private static String id(String head, long number) {
        char[] chars = new char[18];
        head.getChars(0, HEAD_LENGTH, chars, 0);
        long rest = number;
        for (int i = 14; i >= HEAD_LENGTH; i--) {
            chars[i] = BASE62.charAt((int) (rest % 62));
            rest /= 62;
        }
        for (int chunk = 0; chunk < 3; chunk++) {
            chars[15 + chunk] = checksum(chars, chunk);
        }
        return new String(chars);
    }

    /** The checksum character of one of the three five-character chunks of a 15-character id. */
    private static char checksum(char[] id, int chunk) {
        int bits = 0;
        for (int i = 0; i < 5; i++) {
            char c = id[chunk * 5 + i];
            if (c >= 'A' && c <= 'Z') {
                bits |= 1 << i;
            }
        }
        return CHECKSUM.charAt(bits);
    }

    /** False for text UTF-8 cannot carry, such as a lone surrogate, which it would turn into '?'. */
    private static boolean survivesUtf8(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static long unzigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** Values given codes in the order first seen, up to a size; entries are published before their code is used. */
    private static final class Dictionary {

        private final String[] values;
        private final Map<String, Integer> codes = new HashMap<>();

        Dictionary(int size) {
            this.values = new String[size];
        }

        /** The value's code, given one now if there is room; -1 when the dictionary is full without it. */
        int codeOf(String value) {
            Integer code = codes.get(value);
            if (code != null) {
                return code;
            }
            if (codes.size() == values.length) {
                return -1;
            }
            int next = codes.size();
            values[next] = value;
            codes.put(value, next);
            return next;
        }

        String at(int code) {
            return values[code];
        }

        /** The value's code, if it has one; -1 when not. */
        int existingCode(String value) {
            Integer code = codes.get(value);
            return code == null ? -1 : code;
        }
    }

    private static final class Output {

        private byte[] bytes = new byte[64];
        private int size;

        Output header(int gap, int kind) {
            return varint(((long) gap << KIND_BITS) | kind);
        }

        Output varint(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                put((byte) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            put((byte) rest);
            return this;
        }

        Output bytes(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
            return this;
        }

        private void put(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = b;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static final class Input {

        private final byte[] bytes;
        private int at;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean more() {
            return at < bytes.length;
        }

        long varint() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        String utf8(int length) {
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        void skip(int length) {
            at += length;
        }
    }
}
