package dev.tiersync.salesforce.wsc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.PrivateKeys;
import dev.tiersync.salesforce.SalesforceException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

/**
 * The OAuth 2.0 JWT bearer flow: signs an assertion (issuer the consumer key, subject the user,
 * audience the login server, three minutes to live) with the app's private key and trades it at
 * {@code /services/oauth2/token} for an access token and the instance's address.
 */
final class JwtBearerLogin {

    static final String TOKEN_PATH = "/services/oauth2/token";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(3);

    /** What the token endpoint answered. */
    record Token(String accessToken, String instanceUrl, String orgId) {
        @Override
        public String toString() {
            return "Token[instanceUrl=" + instanceUrl + ", orgId=" + orgId + ", accessToken=******]";
        }
    }

    private final HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;

    JwtBearerLogin(WscSettings settings, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .sslContext(settings.trust().sslContext()).build();
        this.readTimeout = settings.readTimeout();
        this.clock = clock;
    }

    Token login(OrgCredentials credentials, Authentication.JwtBearer jwt) {
        String action = "JWT bearer login as " + credentials.username() + " at " + credentials.loginUrl();
        String assertion = assertion(credentials, jwt, action);
        String form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(credentials.loginUrl() + TOKEN_PATH))
                .timeout(readTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw FaultTranslator.translateTransport(action, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FaultTranslator.translateTransport(action, new IOException("interrupted", e));
        }
        Map<String, Object> body = json(response.body());
        if (response.statusCode() != 200) {
            throw FaultTranslator.translateOAuth(action, response.statusCode(), String.valueOf(body.get("error")),
                    String.valueOf(body.get("error_description")));
        }
        String id = String.valueOf(body.get("id"));
        String orgId = id.contains("/id/") ? id.substring(id.indexOf("/id/") + 4).split("/")[0] : "";
        return new Token(String.valueOf(body.get("access_token")), String.valueOf(body.get("instance_url")), orgId);
    }

    private String assertion(OrgCredentials credentials, Authentication.JwtBearer jwt, String action) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(jwt.consumerKey())
                .subject(credentials.username())
                .audience(credentials.loginUrl().toString())
                .expirationTime(Date.from(clock.instant().plus(ASSERTION_LIFETIME)))
                .build();
        SignedJWT signed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            signed.sign(new RSASSASigner(privateKey(jwt, action)));
        } catch (JOSEException e) {
            throw new SalesforceException("INVALID_PRIVATE_KEY", action + " failed: cannot sign the assertion with the key given", null);
        }
        return signed.serialize();
    }

    private static PrivateKey privateKey(Authentication.JwtBearer jwt, String action) {
        try {
            return PrivateKeys.rsaFromPkcs8Pem(jwt.privateKeyPem());
        } catch (IllegalArgumentException e) {
            throw new SalesforceException("INVALID_PRIVATE_KEY", action + " failed: " + e.getMessage(), null);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body == null || body.isBlank() ? "{}" : body);
        } catch (ParseException e) {
            return Map.of("error", "unreadable_response", "error_description", "the token endpoint did not answer with JSON");
        }
    }
}
