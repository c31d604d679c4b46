package dev.tiersync.emulator;

import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * What the org's connected app trusts for the OAuth 2.0 JWT bearer flow: its consumer key (the
 * JWT's issuer) and the public key of the certificate uploaded to it.
 */
public record JwtBearerTrust(String consumerKey, RSAPublicKey publicKey) {

    public JwtBearerTrust {
        if (consumerKey == null || consumerKey.isBlank()) {
            throw new IllegalArgumentException("consumer key must not be blank");
        }
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /**
     * Trusts the public key of an X.509 certificate in PEM, as uploaded to a connected app.
     *
     * @throws IllegalArgumentException when the text is not an RSA certificate
     */
    public static JwtBearerTrust ofCertificate(String consumerKey, String pem) {
        try {
            java.security.cert.Certificate certificate = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            if (!(certificate.getPublicKey() instanceof RSAPublicKey key)) {
                throw new IllegalArgumentException("the certificate's key is not an RSA key");
            }
            return new JwtBearerTrust(consumerKey, key);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JwtBearerTrust[consumerKey=" + consumerKey + "]";
    }
}
