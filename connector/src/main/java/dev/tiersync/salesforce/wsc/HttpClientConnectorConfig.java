package dev.tiersync.salesforce.wsc;

import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.tools.VersionInfo;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.HashMap;
import java.util.Objects;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * A force-wsc configuration whose every request goes through TierSync's HTTP client ({@link HttpExchanges}): the
 * transport factory serves the SOAP API and the Bulk API's POSTs, and {@link #createConnection} the
 * Bulk API's GETs, which force-wsc sends around its transport.
 */
final class HttpClientConnectorConfig extends ConnectorConfig {

    private final CloseableHttpClient client;

    HttpClientConnectorConfig(CloseableHttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
        setTransportFactory(() -> new HttpClientTransport(client, this));
    }

    /** A new configuration on the same HTTP client as {@code other}, or force-wsc's own when other is not one of these. */
    static ConnectorConfig onTheClientOf(ConnectorConfig other) {
        return other instanceof HttpClientConnectorConfig ours ? new HttpClientConnectorConfig(ours.client) : new ConnectorConfig();
    }

    @Override
    public HttpURLConnection createConnection(URL url, HashMap<String, String> httpHeaders, boolean enableCompression) {
        HttpClientUrlConnection connection = new HttpClientUrlConnection(url, client);
        connection.setRequestProperty("User-Agent", VersionInfo.info());
        if (getHeaders() != null) {
            getHeaders().forEach(connection::setRequestProperty);
        }
        if (enableCompression && isCompression()) {
            connection.setRequestProperty("Accept-Encoding", "gzip");
        }
        if (httpHeaders != null) {
            httpHeaders.forEach(connection::setRequestProperty);
        }
        if (getReadTimeout() != 0) {
            connection.setReadTimeout(getReadTimeout());
        }
        if (getConnectionTimeout() != 0) {
            connection.setConnectTimeout(getConnectionTimeout());
        }
        return connection;
    }
}
