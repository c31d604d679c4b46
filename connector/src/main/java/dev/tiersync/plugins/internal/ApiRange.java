package dev.tiersync.plugins.internal;

/**
 * The plugin API versions a plugin works with, as its manifest writes them: an interval such as
 * {@code [1.0,2.0)} (brackets include, parentheses exclude; an empty upper bound means no limit), or a bare
 * version such as {@code 1.2}, which means that version or a later one of the same major version:
 * {@code [1.2,2.0)}.
 */
record ApiRange(ApiVersion lower, boolean lowerIncluded, ApiVersion upper, boolean upperIncluded, String text) {

    static ApiRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the API range is empty; write one such as [1.0,2.0)");
        }
        char first = t.charAt(0);
        if (first != '[' && first != '(') {
            ApiVersion lower = ApiVersion.parse(t);
            return new ApiRange(lower, true, lower.nextMajor(), false, t);
        }
        char last = t.charAt(t.length() - 1);
        String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
        if ((last != ']' && last != ')') || bounds.length != 2 || bounds[0].isBlank()) {
            throw new IllegalArgumentException("'" + t + "' is not an API range such as [1.0,2.0) or [1.0,)");
        }
        ApiVersion lower = ApiVersion.parse(bounds[0]);
        ApiVersion upper = bounds[1].isBlank() ? null : ApiVersion.parse(bounds[1]);
        if (upper == null && last == ']') {
            throw new IllegalArgumentException("'" + t + "': an open upper bound ends with ')'");
        }
        ApiRange range = new ApiRange(lower, first == '[', upper, last == ']', t);
        if (upper != null && (upper.compareTo(lower) < 0 || (upper.equals(lower) && !(range.lowerIncluded && range.upperIncluded)))) {
            throw new IllegalArgumentException("'" + t + "' holds no version: its upper bound is not above its lower one");
        }
        return range;
    }

    boolean contains(ApiVersion version) {
        int low = version.compareTo(lower);
        if (low < 0 || (low == 0 && !lowerIncluded)) {
            return false;
        }
        if (upper == null) {
            return true;
        }
        int high = version.compareTo(upper);
        return high < 0 || (high == 0 && upperIncluded);
    }

    @Override
    public String toString() {
        return text;
    }
}
