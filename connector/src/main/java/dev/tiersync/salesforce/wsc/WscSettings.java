package dev.tiersync.salesforce.wsc;

import java.time.Duration;
import java.util.Objects;

/**
 * How the adapter talks to Salesforce, under {@code tiersync.salesforce.*}; a bad value is refused naming its key.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param queryBatchSize records per query page, 200 to 2000
 * @param pkChunkSize record ids per chunk of a Bulk API query with PK chunking, 1 to 250,000
 * @param trust the TLS certificates trusted, such as an emulated org's self-signed one
 */
public record WscSettings(Duration connectTimeout, Duration readTimeout, int queryBatchSize, int pkChunkSize, WscTrust trust) {

    public static final int DEFAULT_PK_CHUNK_SIZE = 100_000;

    static final String PREFIX = "tiersync.salesforce.";

    public static final String API_VERSION = "65.0";
    public static final String SOAP_PATH = "/services/Soap/u/" + API_VERSION;

    public WscSettings {
        Objects.requireNonNull(trust, "trust");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        if (queryBatchSize < 200 || queryBatchSize > 2000) {
            throw new IllegalArgumentException(PREFIX + "query-batch-size must be 200 to 2000, was " + queryBatchSize);
        }
        if (pkChunkSize < 1 || pkChunkSize > 250_000) {
            throw new IllegalArgumentException(PREFIX + "pk-chunk-size must be 1 to 250000, was " + pkChunkSize);
        }
    }

    public WscSettings(Duration connectTimeout, Duration readTimeout, int queryBatchSize, int pkChunkSize) {
        this(connectTimeout, readTimeout, queryBatchSize, pkChunkSize, WscTrust.systemDefault());
    }

    public WscSettings(Duration connectTimeout, Duration readTimeout, int queryBatchSize) {
        this(connectTimeout, readTimeout, queryBatchSize, DEFAULT_PK_CHUNK_SIZE);
    }

    public WscSettings withPkChunkSize(int size) {
        return new WscSettings(connectTimeout, readTimeout, queryBatchSize, size, trust);
    }

    /** Trusts these certificates instead of the JDK's default authorities. */
    public WscSettings withTrust(WscTrust certificates) {
        return new WscSettings(connectTimeout, readTimeout, queryBatchSize, pkChunkSize, certificates);
    }

    public static WscSettings defaults() {
        return new WscSettings(Duration.ofSeconds(30), Duration.ofMinutes(2), 2000);
    }

    private static void requirePositive(Duration duration, String key) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(PREFIX + key + " must be positive and under 24 days, was " + duration);
        }
    }
}
