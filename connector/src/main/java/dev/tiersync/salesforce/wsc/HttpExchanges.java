package dev.tiersync.salesforce.wsc;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one request through Apache HttpClient with its automatic retries off. The JDK's clients
 * re-send on their own when a connection drops ({@code HttpURLConnection} a POST under
 * {@code sun.net.http.retryPost}, {@code java.net.http} any GET), so the org would see calls
 * TierSync never counted and a Bulk job could be created twice; here every request goes out once,
 * and every retry is TierSync's own, counted and guarded.
 */
final class HttpExchanges {

    /** Headers the HTTP client sets itself. */
    private static final Set<String> CLIENT_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding");

    private HttpExchanges() {
    }

    /** A pooled client on the given TLS trust that neither retries, nor follows redirects, nor unzips by itself. */
    static CloseableHttpClient client(WscSettings settings) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.trust().sslContext()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout().toMillis()))
                                .setSocketTimeout(Timeout.ofMilliseconds(settings.readTimeout().toMillis()))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .setMaxConnPerRoute(8)
                        .setMaxConnTotal(32)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
    }

    static void header(ClassicHttpRequest request, String name, String value) {
        if (name != null && value != null && !CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            request.setHeader(name, value);
        }
    }

    /**
     * Sends the request once and reads the answer: an XML or other small answer whole, so its
     * connection goes back to the pool at once; a CSV (Bulk results, which can be large) as a stream
     * that gives the connection back when closed.
     */
    static Answer send(CloseableHttpClient client, ClassicHttpRequest request, int readTimeoutMillis) throws IOException {
        if (readTimeoutMillis > 0 && request instanceof org.apache.hc.client5.http.classic.methods.HttpUriRequestBase configurable) {
            configurable.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(readTimeoutMillis)).build());
        }
        ClassicHttpResponse response = client.executeOpen(null, request, null);
        HttpEntity entity = response.getEntity();
        String contentType = header(response, "Content-Type");
        if (entity == null) {
            response.close();
            return new Answer(response, new ByteArrayInputStream(new byte[0]));
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")) {
            return new Answer(response, new FilterInputStream(entity.getContent()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        response.close();
                    }
                }
            });
        }
        try (response) {
            return new Answer(response, new ByteArrayInputStream(entity.getContent().readAllBytes()));
        }
    }

    static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /**
     * An answer: its status line and headers, and its body as sent (still gzipped if it was).
     *
     * @param response the status and headers; its body is read through {@code body} only
     */
    record Answer(ClassicHttpResponse response, InputStream body) {

        int status() {
            return response.getCode();
        }

        String header(String name) {
            return HttpExchanges.header(response, name);
        }

        /**
         * Salesforce answers its APIs' errors in XML or JSON; a client error (404, 405, ...; not 408 or 429, which a
         * retry may mend) or a 501 in anything else is not Salesforce's: a web server that is not Salesforce (a 503
         * HTML page may be Salesforce's maintenance, and is retried).
         */
        void requireSalesforceAnswer() throws IOException {
            String type = header("Content-Type");
            boolean structured = type != null && (type.contains("xml") || type.contains("json"));
            int status = status();
            boolean notSalesforce = (status >= 400 && status < 500 && status != 408 && status != 429) || status == 501;
            if (notSalesforce && !structured) {
                body.close();
                throw new UnexpectedHttpAnswer(status(), type);
            }
        }
    }
}
