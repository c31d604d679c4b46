package dev.tiersync.salesforce.wsc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The {@link HttpURLConnection} force-wsc's BulkConnection asks its config for when it GETs (job and
 * batch status, results), answered by TierSync's HTTP client ({@link HttpExchanges}) so those requests
 * too are sent exactly once. It offers what BulkConnection uses: request properties, the input or
 * error stream, the status and the response headers.
 */
final class HttpClientUrlConnection extends HttpURLConnection {

    private final CloseableHttpClient client;
    private ByteArrayOutputStream requestBody;
    private HttpExchanges.Answer answer;

    HttpClientUrlConnection(URL url, CloseableHttpClient client) {
        super(url);
        this.client = client;
    }

    @Override
    public void connect() throws IOException {
        if (answer != null) {
            return;
        }
        HttpUriRequestBase request;
        try {
            request = new HttpUriRequestBase(method, url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URL: " + url, e);
        }
        getRequestProperties().forEach((name, values) -> {
            if (name != null && !values.isEmpty()) {
                HttpExchanges.header(request, name, String.join(",", values));
            }
        });
        if (requestBody != null) {
            request.setEntity(new ByteArrayEntity(requestBody.toByteArray(), null));
        }
        connected = true;
        answer = HttpExchanges.send(client, request, getReadTimeout());
        responseCode = answer.status();
        if (responseCode >= 400) {
            answer.requireSalesforceAnswer();
        }
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        if (connected) {
            throw new IOException("the request was already sent");
        }
        if (requestBody == null) {
            requestBody = new ByteArrayOutputStream(8192);
        }
        return requestBody;
    }

    /** The body as sent: BulkConnection unzips it itself when Content-Encoding says gzip. */
    @Override
    public InputStream getInputStream() throws IOException {
        connect();
        if (responseCode >= 400) {
            throw new IOException("Server returned HTTP response code: " + responseCode + " for URL: " + url);
        }
        return answer.body();
    }

    @Override
    public InputStream getErrorStream() {
        return answer != null && responseCode >= 400 ? answer.body() : null;
    }

    @Override
    public int getResponseCode() throws IOException {
        connect();
        return responseCode;
    }

    @Override
    public String getHeaderField(String name) {
        return answer == null || name == null ? null : answer.header(name);
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
        Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : headers()) {
            fields.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return fields;
    }

    @Override
    public String getHeaderFieldKey(int n) {
        Header[] headers = headers();
        return n < 0 || n >= headers.length ? null : headers[n].getName();
    }

    @Override
    public String getHeaderField(int n) {
        Header[] headers = headers();
        return n < 0 || n >= headers.length ? null : headers[n].getValue();
    }

    private Header[] headers() {
        return answer == null ? new Header[0] : answer.response().getHeaders();
    }

    @Override
    public void disconnect() {
        if (answer != null) {
            try {
                answer.body().close();
            } catch (IOException e) {
                // the connection is dropped rather than reused; nothing the caller read is lost
                answer = null;
            }
        }
    }

    @Override
    public boolean usingProxy() {
        return false;
    }
}
