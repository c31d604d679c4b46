package dev.tiersync.salesforce.wsc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which TLS certificates the adapter trusts: the JDK's default certificate authorities, or instead
 * exactly those of a PEM certificate file (such as the one {@code tiersync emulator --https
 * --certificate-out FILE} writes) or of a JKS or PKCS12 trust store. The file is read, and the TLS
 * context built, when this is made, so a missing or unreadable file is a start-up error.
 */
public final class WscTrust {

    private static final WscTrust SYSTEM = new WscTrust("the JDK's default certificate authorities", null);

    private final String description;
    private final SSLContext context;

    private WscTrust(String description, SSLContext context) {
        this.description = description;
        this.context = context;
    }

    /** The JDK's default certificate authorities, as for any HTTPS client. */
    public static WscTrust systemDefault() {
        return SYSTEM;
    }

    /**
     * Exactly the certificates of a PEM file (one or more {@code -----BEGIN CERTIFICATE-----} blocks).
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    public static WscTrust certificateFile(Path pem) {
        Objects.requireNonNull(pem, "certificate file");
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("the certificate file " + pem + " holds no PEM certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("certificate-" + n++, certificate);
            }
            return new WscTrust("the certificates of " + pem, context(store));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the certificate file " + pem + " (PEM, -----BEGIN CERTIFICATE-----): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Exactly the certificates of a JKS or PKCS12 trust store.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read with the password
     */
    public static WscTrust trustStore(Path file, char[] password) {
        Objects.requireNonNull(file, "trust store file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot read the trust store " + file + " (a JKS or PKCS12 file and its password): "
                    + "there is no such file");
        }
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password);
            if (store.size() == 0) {
                throw new IllegalArgumentException("the trust store " + file + " holds no certificate");
            }
            return new WscTrust("the trust store " + file, context(store));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trust store " + file + " (a JKS or PKCS12 file and its password): "
                    + e.getMessage(), e);
        }
    }

    /** The TLS context to connect with. */
    SSLContext sslContext() {
        if (context != null) {
            return context;
        }
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no default TLS context: " + e.getMessage(), e);
        }
    }

    private static SSLContext context(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    @Override
    public String toString() {
        return description;
    }
}
