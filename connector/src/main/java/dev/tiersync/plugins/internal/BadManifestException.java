package dev.tiersync.plugins.internal;

/** What is wrong with a plugin's manifest, without the jar's name (the caller adds it). */
final class BadManifestException extends IllegalArgumentException {

    BadManifestException(String message) {
        super(message);
    }
}
