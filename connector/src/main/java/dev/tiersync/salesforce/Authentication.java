package dev.tiersync.salesforce;

import java.util.Objects;

/** How TierSync proves who it is to an org. */
public sealed interface Authentication {

    /** Username and password (with the security token appended where the org asks for one), by SOAP login. */
    record Password(Secret password) implements Authentication {
        public Password {
            Objects.requireNonNull(password, "password");
        }
    }

    /**
     * The OAuth 2.0 JWT bearer flow: an assertion signed with the connected app's private key buys an
     * access token, used as the session id.
     *
     * @param consumerKey the connected app's consumer key
     * @param privateKeyPem the RSA private key in PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
     */
    record JwtBearer(String consumerKey, Secret privateKeyPem) implements Authentication {
        public JwtBearer {
            if (consumerKey == null || consumerKey.isBlank()) {
                throw new IllegalArgumentException("the JWT bearer flow needs the connected app's consumer key");
            }
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        }

        @Override
        public String toString() {
            return "JwtBearer[consumerKey=" + consumerKey + ", privateKey=******]";
        }
    }
}
