package dev.tiersync.emulator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an emulated org answers HTTPS, as every real org does, and with which certificate: one
 * made at start for {@code 127.0.0.1} and {@code localhost}, or the key of a keystore file. The
 * certificate can be written out as PEM for clients to trust.
 */
public final class EmulatorTls {

    private static final EmulatorTls OFF = new EmulatorTls(false, null, null, null);

    private final boolean enabled;
    private final Path keystore;
    private final char[] keystorePassword;
    private final Path certificateOut;

    private EmulatorTls(boolean enabled, Path keystore, char[] keystorePassword, Path certificateOut) {
        this.enabled = enabled;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.certificateOut = certificateOut;
    }

    /** Plain HTTP. */
    public static EmulatorTls off() {
        return OFF;
    }

    /** HTTPS with a self-signed certificate for 127.0.0.1 and localhost, made when the org starts. */
    public static EmulatorTls selfSigned() {
        return new EmulatorTls(true, null, null, null);
    }

    /** HTTPS with the first private key (and its certificate) of a JKS or PKCS12 keystore. */
    public static EmulatorTls keystore(Path file, char[] password) {
        Objects.requireNonNull(file, "keystore file");
        Objects.requireNonNull(password, "keystore password");
        return new EmulatorTls(true, file, password.clone(), null);
    }

    /** Also writes the org's certificate to a PEM file when it starts. */
    public EmulatorTls writingCertificateTo(Path pem) {
        if (!enabled) {
            throw new IllegalStateException("a certificate can only be written for an HTTPS org");
        }
        return new EmulatorTls(true, keystore, keystorePassword, Objects.requireNonNull(pem, "certificate file"));
    }

    public boolean enabled() {
        return enabled;
    }

    /** The keystore to take the key from; empty for a self-signed certificate. */
    public Optional<Path> keystore() {
        return Optional.ofNullable(keystore);
    }

    /** The keystore's password, a copy. */
    public char[] keystorePassword() {
        return keystorePassword == null ? new char[0] : keystorePassword.clone();
    }

    public Optional<Path> certificateOut() {
        return Optional.ofNullable(certificateOut);
    }

    @Override
    public String toString() {
        return !enabled ? "off" : keystore == null ? "self-signed" : "keystore " + keystore;
    }
}
