package dev.tiersync.emulator.org;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API version in a request's path, such as the {@code 64.0} of {@code /services/Soap/u/64.0}. The
 * emulated org serves the versions a current org serves, {@value #OLDEST}.0 to {@value #LATEST}.0.
 *
 * @param major the number before the point
 */
public record ApiVersion(int major) {

    public static final int OLDEST = 31;
    public static final int LATEST = 65;
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.0");

    /** The newest version, the one the emulator's own endpoints name. */
    public static ApiVersion latest() {
        return new ApiVersion(LATEST);
    }

    /** The version a path segment names, if it is one the org serves. */
    public static Optional<ApiVersion> served(String segment) {
        Matcher matcher = FORMAT.matcher(segment == null ? "" : segment);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        return major >= OLDEST && major <= LATEST ? Optional.of(new ApiVersion(major)) : Optional.empty();
    }

    /** As it appears in paths and documents: {@code 64.0}. */
    @Override
    public String toString() {
        return major + ".0";
    }
}
