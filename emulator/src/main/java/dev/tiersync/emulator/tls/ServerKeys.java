package dev.tiersync.emulator.tls;

import dev.tiersync.emulator.EmulatorTls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key and certificate an HTTPS org serves, in a PKCS12 file of its own for the web server (removed
 * on {@link #close}): a self-signed certificate for 127.0.0.1 and localhost made with Bouncy Castle,
 * or the first key entry of a given keystore.
 */
public final class ServerKeys implements AutoCloseable {

    static final String ALIAS = "tiersync-emulator";
    static final Duration VALIDITY = Duration.ofDays(365);

    private final Path file;
    private final String password;
    private final X509Certificate certificate;

    private ServerKeys(Path file, String password, X509Certificate certificate) {
        this.file = file;
        this.password = password;
        this.certificate = certificate;
    }

    /**
     * Makes or reads the key, and writes the certificate as PEM where the settings say.
     *
     * @param wallClock the time a client checks the certificate's validity against
     * @throws IllegalArgumentException when a keystore cannot be read or holds no private key
     */
    public static ServerKeys prepare(EmulatorTls tls, Clock wallClock) {
        KeyEntry entry = tls.keystore().map(path -> read(path, tls.keystorePassword())).orElseGet(() -> selfSigned(wallClock));
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, entry.key(), password.toCharArray(), entry.chain());
            Path file = Files.createTempFile("tiersync-emulator-", ".p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            ServerKeys keys = new ServerKeys(file, password, (X509Certificate) entry.chain()[0]);
            tls.certificateOut().ifPresent(keys::writeCertificate);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the emulator's keystore: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the emulator's keystore: " + e.getMessage(), e);
        }
    }

    public Path keystoreFile() {
        return file;
    }

    public String keystorePassword() {
        return password;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as PEM text. */
    public String certificatePem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void writeCertificate(Path target) {
        try {
            Files.writeString(target, certificatePem());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the certificate to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    private record KeyEntry(PrivateKey key, Certificate[] chain) {
    }

    private static KeyEntry read(Path path, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(path.toFile(), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    return new KeyEntry(key, store.getCertificateChain(alias));
                }
            }
            throw new IllegalArgumentException("the keystore " + path + " holds no private key with its certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the keystore " + path + " (a JKS or PKCS12 file and its password): "
                    + e.getMessage(), e);
        }
    }

    private static KeyEntry selfSigned(Clock wallClock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = wallClock.instant();
            X500Name subject = new X500Name("CN=127.0.0.1, O=TierSync emulated org");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new KeyEntry(pair.getPrivate(), new Certificate[] {certificate});
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the emulator's self-signed certificate: " + e.getMessage(), e);
        }
    }
}
