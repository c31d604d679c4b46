package dev.tiersync.emulator.oauth;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tiersync.emulator.JwtBearerTrust;
import dev.tiersync.emulator.org.OrgContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code POST /services/oauth2/token} for the JWT bearer grant: checks the RS256 signature against
 * the trusted certificate, the issuer (consumer key), the subject (a known user), the audience (this
 * login server) and the expiry, then issues an access token that works as a SOAP session id.
 */
public final class TokenEndpoint implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "tiersync-oauth-token";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Function<Instant, String> sessions;
    private volatile OrgContext org;

    /** @param sessions opens a session at the given time and returns its id */
    public TokenEndpoint(Function<Instant, String> sessions) {
        this.sessions = sessions;
    }

    public void bind(OrgContext context) {
        this.org = context;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
        JwtBearerTrust trust = org.settings().jwtBearer();
        if (trust == null) {
            return error(400, "invalid_client_id", "client identifier invalid");
        }
        if (!GRANT_TYPE.equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "grant type not supported");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(form.getOrDefault("assertion", ""));
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(trust.publicKey()))) {
                return error(400, "invalid_grant", "invalid assertion");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = org.clocks().now();
            if (!trust.consumerKey().equals(claims.getIssuer())) {
                return error(400, "invalid_client_id", "client identifier invalid");
            }
            if (!org.settings().username().equals(claims.getSubject())) {
                return error(400, "invalid_grant", "user hasn't approved this consumer");
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(org.baseUrl())) {
                return error(400, "invalid_grant", "audience is invalid");
            }
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(now)) {
                return error(400, "invalid_grant", "expired authorization code");
            }
            String token = sessions.apply(now);
            return json(200, "{\"access_token\":\"" + token + "\",\"scope\":\"api\",\"instance_url\":\"" + org.baseUrl()
                    + "\",\"id\":\"" + org.baseUrl() + "/id/" + org.orgId() + "/" + OrgContext.USER_ID
                    + "\",\"token_type\":\"Bearer\"}");
        } catch (ParseException | JOSEException e) {
            return error(400, "invalid_grant", "invalid assertion");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static ResponseDefinition error(int status, String error, String description) {
        return json(status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body).build();
    }
}
