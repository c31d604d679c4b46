package dev.tiersync.emulator.store;

/** 18-character Salesforce ids: a 15-character case-sensitive id and its case-safe checksum. */
public final class SalesforceIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SalesforceIds() {
    }

    /** The id of the n-th record with this key prefix (3 characters) in an org with this pod/instance part. */
    public static String of(String keyPrefix, String instance, long n) {
        StringBuilder body = new StringBuilder();
        long value = n;
        for (int i = 0; i < 15 - keyPrefix.length() - instance.length(); i++) {
            body.append(BASE62.charAt((int) (value % 62)));
            value /= 62;
        }
        return withChecksum(keyPrefix + instance + body.reverse());
    }

    /** The sequence number {@link #of} encoded in an id with this prefix and instance, if it is one of its ids. */
    public static java.util.Optional<Long> sequenceOf(String id, String keyPrefix, String instance) {
        String head = keyPrefix + instance;
        if (id == null || id.length() != 18 || !id.startsWith(head) || !withChecksum(id.substring(0, 15)).equals(id)) {
            return java.util.Optional.empty();
        }
        long n = 0;
        for (char c : id.substring(head.length(), 15).toCharArray()) {
            n = n * 62 + BASE62.indexOf(c);
        }
        return java.util.Optional.of(n);
    }

    /** Appends the 3-character checksum to a 15-character id. */
    public static String withChecksum(String id15) {
        if (id15.length() != 15) {
            throw new IllegalArgumentException("a 15-character id is needed, got " + id15);
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(ALPHABET.charAt(bits));
        }
        return id15 + suffix;
    }
}
