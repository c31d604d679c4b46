package dev.tiersync.salesforce;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Reads a connected app's private key for the JWT bearer flow: the one parser, used at start-up (so a bad
 * key stops start-up with the hint) and at login.
 */
public final class PrivateKeys {

    static final String HINT = "the private key is not an RSA key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----); "
            + "convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem";

    private PrivateKeys() {
    }

    /** @throws IllegalArgumentException saying how to convert the key when it is not an RSA key in PKCS#8 PEM */
    public static PrivateKey rsaFromPkcs8Pem(Secret pem) {
        String base64 = pem.reveal().replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(HINT);
        }
    }
}
