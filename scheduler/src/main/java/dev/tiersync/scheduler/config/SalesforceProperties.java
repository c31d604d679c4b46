package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.wsc.WscSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How TierSync talks to Salesforce, under {@code tiersync.salesforce.*}; every key is optional and
 * defaults to {@link WscSettings#defaults()}. Checked when bound, naming the key.
 *
 * @param queryBatchSize records per query page, 200 to 2000
 * @param pkChunkSize record ids per chunk of a Bulk API query, 1 to 250,000
 */
@ConfigurationProperties("tiersync.salesforce")
public record SalesforceProperties(Duration connectTimeout, Duration readTimeout, Integer queryBatchSize, Integer pkChunkSize) {

    public SalesforceProperties {
        toSettings(connectTimeout, readTimeout, queryBatchSize, pkChunkSize);
    }

    public WscSettings toSettings() {
        return toSettings(connectTimeout, readTimeout, queryBatchSize, pkChunkSize);
    }

    private static WscSettings toSettings(Duration connectTimeout, Duration readTimeout, Integer queryBatchSize,
                                          Integer pkChunkSize) {
        WscSettings d = WscSettings.defaults();
        return new WscSettings(connectTimeout == null ? d.connectTimeout() : connectTimeout,
                readTimeout == null ? d.readTimeout() : readTimeout, queryBatchSize == null ? d.queryBatchSize() : queryBatchSize,
                pkChunkSize == null ? d.pkChunkSize() : pkChunkSize);
    }
}
