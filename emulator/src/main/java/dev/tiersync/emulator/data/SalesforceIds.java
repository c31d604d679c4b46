package dev.tiersync.emulator.data;

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
