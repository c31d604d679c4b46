package dev.tiersync.emulator.pipeline;

import java.util.Optional;

/**
 * Request paths as Salesforce reads them: repeated slashes count as one and a trailing slash is
 * ignored, so {@code //services/Soap/u/64.0/} is the login endpoint of version 64.0.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** The path without query, repeated or trailing slashes. */
    public static String normalise(String url) {
        String path = url.split("\\?", 2)[0].replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * The version segment right after a prefix such as {@code /services/Soap/u/}, and what follows it.
     *
     * @return empty when the path does not start with the prefix
     */
    public static Optional<Versioned> split(String normalisedPath, String prefix) {
        if (!normalisedPath.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = normalisedPath.substring(prefix.length());
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? new Versioned(rest, "") : new Versioned(rest.substring(0, slash), rest.substring(slash)));
    }

    /**
     * A path's version segment and the rest.
     *
     * @param version the segment as written, such as {@code 64.0}
     * @param rest what follows it, starting with a slash, or empty
     */
    public record Versioned(String version, String rest) {
    }
}
