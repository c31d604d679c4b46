package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.salesforce.wsc.WscTrust;
import java.nio.file.Path;
import java.util.Locale;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How TierSync talks to Salesforce, under {@code tiersync.salesforce.*}; every key is optional and
 * defaults to {@link WscSettings#defaults()}. Checked when bound, naming the key.
 *
 * @param queryBatchSize records per query page, 200 to 2000
 * @param pkChunkSize record ids per chunk of a Bulk API query, 1 to 250,000
 * @param trustStore the certificates to trust instead of the JDK's authorities: a PEM file ({@code .pem},
 *     {@code .crt}, {@code .cer}), such as an emulated org's, or a JKS/PKCS12 trust store
 * @param trustStorePassword the trust store's password; set it with {@code TIERSYNC_SALESFORCE_TRUST_STORE_PASSWORD}
 */
@ConfigurationProperties("tiersync.salesforce")
public record SalesforceProperties(Duration connectTimeout, Duration readTimeout, Integer queryBatchSize, Integer pkChunkSize,
                                   Path trustStore, Secret trustStorePassword) {

    public SalesforceProperties {
        toSettings(connectTimeout, readTimeout, queryBatchSize, pkChunkSize, trustStore, trustStorePassword);
    }

    public WscSettings toSettings() {
        return toSettings(connectTimeout, readTimeout, queryBatchSize, pkChunkSize, trustStore, trustStorePassword);
    }

    private static WscSettings toSettings(Duration connectTimeout, Duration readTimeout, Integer queryBatchSize,
                                          Integer pkChunkSize, Path trustStore, Secret trustStorePassword) {
        WscSettings d = WscSettings.defaults();
        WscSettings settings = new WscSettings(connectTimeout == null ? d.connectTimeout() : connectTimeout,
                readTimeout == null ? d.readTimeout() : readTimeout, queryBatchSize == null ? d.queryBatchSize() : queryBatchSize,
                pkChunkSize == null ? d.pkChunkSize() : pkChunkSize);
        return trustStore == null ? settings : settings.withTrust(trust(trustStore, trustStorePassword));
    }

    /** A PEM certificate file by its extension, otherwise a JKS or PKCS12 trust store. */
    public static WscTrust trust(Path file, Secret password) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                return WscTrust.certificateFile(file);
            }
            return WscTrust.trustStore(file, password == null ? new char[0] : password.reveal().toCharArray());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tiersync.salesforce.trust-store: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SalesforceProperties[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", queryBatchSize="
                + queryBatchSize + ", pkChunkSize=" + pkChunkSize + ", trustStore=" + trustStore + ", trustStorePassword=******]";
    }
}
