package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OAuth 2.0 JWT bearer flow: a signed assertion buys an access token that works as the SOAP session id. */
class JwtBearerTest {

    private static final String CONSUMER_KEY = "3MVG9TierSyncTestConsumerKey";

    private KeyPair trusted;
    private EmulatedOrg org;

    @BeforeEach
    void start() throws NoSuchAlgorithmException {
        trusted = rsa();
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(10, 1, LocalDate.of(2025, 1, 1)))
                .withJwtBearer(new JwtBearerTrust(CONSUMER_KEY, (RSAPublicKey) trusted.getPublic())));
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void aValidAssertionGetsATokenThatWorksAsTheSoapSession() throws Exception {
        HttpResponse<String> response = token(assertion(trusted, CONSUMER_KEY, EmulatorSettings.DEFAULT_USERNAME, org.loginUrl(), 300));

        assertThat(response.statusCode()).isEqualTo(200);
        String token = field(response.body(), "access_token");
        assertThat(field(response.body(), "instance_url")).isEqualTo(org.loginUrl());
        ConnectorConfig config = new ConnectorConfig();
        config.setManualLogin(true);
        config.setServiceEndpoint(org.authEndpoint() + "/00D5g000004EMUL");
        config.setSessionId(token);
        PartnerConnection connection = Connector.newConnection(config);
        assertThat(connection.query("SELECT Id FROM Account").getSize()).isEqualTo(10);
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        HttpResponse<String> response = token(assertion(rsa(), CONSUMER_KEY, EmulatorSettings.DEFAULT_USERNAME, org.loginUrl(), 300));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(field(response.body(), "error")).isEqualTo("invalid_grant");
    }

    @Test
    void expiredAssertionsWrongAudiencesIssuersAndUsersAreRefused() throws Exception {
        assertThat(token(assertion(trusted, CONSUMER_KEY, EmulatorSettings.DEFAULT_USERNAME, org.loginUrl(), -10)).body())
                .contains("expired");
        assertThat(token(assertion(trusted, CONSUMER_KEY, EmulatorSettings.DEFAULT_USERNAME, "https://login.salesforce.com", 300)).body())
                .contains("audience is invalid");
        assertThat(token(assertion(trusted, "someone-else", EmulatorSettings.DEFAULT_USERNAME, org.loginUrl(), 300)).body())
                .contains("invalid_client_id");
        assertThat(token(assertion(trusted, CONSUMER_KEY, "stranger@example.com", org.loginUrl(), 300)).body())
                .contains("invalid_grant");
    }

    @Test
    void aCertificateMadeByKeytoolIsTrustedThroughItsPem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        java.nio.file.Path store = dir.resolve("app.p12");
        run(keytool, "-genkeypair", "-alias", "app", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=TierSync Test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        java.nio.file.Path pem = dir.resolve("app.crt");
        run(keytool, "-exportcert", "-rfc", "-alias", "app", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyPair pair = new KeyPair(keys.getCertificate("app").getPublicKey(),
                (java.security.PrivateKey) keys.getKey("app", "changeit".toCharArray()));
        org.close();
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(3, 1, LocalDate.of(2025, 1, 1)))
                .withJwtBearer(JwtBearerTrust.ofCertificate(CONSUMER_KEY, java.nio.file.Files.readString(pem))));

        HttpResponse<String> response = token(assertion(pair, CONSUMER_KEY, EmulatorSettings.DEFAULT_USERNAME, org.loginUrl(), 300));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private HttpResponse<String> token(String assertion) throws IOException, InterruptedException {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.loginUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String assertion(KeyPair keys, String issuer, String subject, String audience, long validSeconds)
            throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .expirationTime(Date.from(Instant.now().plusSeconds(validSeconds))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }
}
