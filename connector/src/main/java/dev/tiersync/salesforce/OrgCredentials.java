package dev.tiersync.salesforce;

import java.net.URI;
import java.util.Objects;

/**
 * How to log in to an org.
 *
 * @param loginUrl scheme, host and port of the login server, such as
 *     {@code https://login.salesforce.com} (also the JWT audience); TierSync appends the SOAP path itself
 * @param username the integration user
 * @param authentication a password, or the JWT bearer flow
 */
public record OrgCredentials(URI loginUrl, String username, Authentication authentication) {

    public OrgCredentials {
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(authentication, "authentication");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    /** Username and password. */
    public OrgCredentials(URI loginUrl, String username, Secret password) {
        this(loginUrl, username, new Authentication.Password(password));
    }

    /** The password, for password logins. */
    public Secret password() {
        if (authentication instanceof Authentication.Password password) {
            return password.password();
        }
        throw new IllegalStateException("these credentials use the JWT bearer flow, not a password");
    }

    /**
     * Parses a login URL given by a person.
     *
     * @throws IllegalArgumentException saying what to fix when it is not an http(s) URL with a host
     *     and no path
     */
    public static URI parseLoginUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("login URL is missing: give scheme, host and port, "
                    + "such as https://login.salesforce.com or http://127.0.0.1:8080");
        }
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("login URL '" + text + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("login URL '" + text + "' must start with https:// (or http:// for a local emulator)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("login URL '" + text + "' has no host");
        }
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("login URL '" + text + "' must not have a path: give only scheme, host and port; "
                    + "TierSync appends /services/Soap/u/65.0 itself");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("login URL '" + text + "' must not carry user info, a query or a fragment");
        }
        return URI.create(scheme.toLowerCase() + "://" + uri.getRawAuthority());
    }

    @Override
    public String toString() {
        return "OrgCredentials[loginUrl=" + loginUrl + ", username=" + username + ", authentication="
                + (authentication instanceof Authentication.Password ? "password ******" : authentication) + "]";
    }
}
