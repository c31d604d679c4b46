package dev.tiersync.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plugin API version, {@code MAJOR[.MINOR[.PATCH]]}; missing parts are 0. */
record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?");

    ApiVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("a version has no negative parts");
        }
    }

    static ApiVersion parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version such as 1.0 or 1.2.3");
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3)));
    }

    /** The first version of the next major version: where semantic versioning allows breaking changes. */
    ApiVersion nextMajor() {
        return new ApiVersion(major + 1, 0, 0);
    }

    @Override
    public int compareTo(ApiVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }

    private static int part(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }
}
