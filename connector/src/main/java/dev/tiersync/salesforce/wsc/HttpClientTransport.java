package dev.tiersync.salesforce.wsc;

import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.tools.VersionInfo;
import com.sforce.ws.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * force-wsc's transport for the SOAP Partner API and the Bulk API's POSTs, on TierSync's HTTP client
 * ({@link HttpExchanges}): the request body is gathered as force-wsc writes it, gzipped as force-wsc
 * asks, and sent once when force-wsc reads the answer. One instance per request, as force-wsc uses
 * its transports.
 */
final class HttpClientTransport implements Transport {

    private final CloseableHttpClient client;
    private ConnectorConfig config;
    private URI uri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private ByteArrayOutputStream body;
    private OutputStream out;
    private boolean successful;

    HttpClientTransport(CloseableHttpClient client, ConnectorConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public void setConfig(ConnectorConfig connectorConfig) {
        this.config = connectorConfig;
    }

    @Override
    public OutputStream connect(String url, String soapAction) throws IOException {
        HashMap<String, String> soap = new HashMap<>();
        soap.put("SOAPAction", "\"" + (soapAction == null ? "" : soapAction) + "\"");
        soap.put("Content-Type", "text/xml; charset=UTF-8");
        soap.put("Accept", "text/xml");
        return connect(url, soap, true);
    }

    @Override
    public OutputStream connect(String url, HashMap<String, String> httpHeaders) throws IOException {
        return connect(url, httpHeaders, true);
    }

    @Override
    public OutputStream connect(String url, HashMap<String, String> httpHeaders, boolean enableCompression) throws IOException {
        uri = URI.create(url);
        headers.clear();
        headers.put("User-Agent", VersionInfo.info());
        if (config.getHeaders() != null) {
            headers.putAll(config.getHeaders());
        }
        boolean compress = enableCompression && config.isCompression();
        if (compress) {
            headers.put("Content-Encoding", "gzip");
            headers.put("Accept-Encoding", "gzip");
        }
        if (httpHeaders != null) {
            headers.putAll(httpHeaders);
        }
        body = new ByteArrayOutputStream(8192);
        out = compress ? new GZIPOutputStream(body) : body;
        return out;
    }

    @Override
    public InputStream getContent() throws IOException {
        out.close(); // closing twice is harmless; a gzip stream must be finished before it is sent
        HttpPost post = new HttpPost(uri);
        headers.forEach((name, value) -> HttpExchanges.header(post, name, value));
        post.setEntity(new ByteArrayEntity(body.toByteArray(), null));
        HttpExchanges.Answer answer = HttpExchanges.send(client, post, config.getReadTimeout());
        successful = answer.status() < 400;
        if (!successful) {
            answer.requireSalesforceAnswer();
        }
        return "gzip".equalsIgnoreCase(answer.header("Content-Encoding")) ? new GZIPInputStream(answer.body()) : answer.body();
    }

    @Override
    public boolean isSuccessful() {
        return successful;
    }
}
