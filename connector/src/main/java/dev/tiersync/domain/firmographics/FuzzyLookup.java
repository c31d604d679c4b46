package dev.tiersync.domain.firmographics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a value by name, forgiving case, punctuation and small typos: an exact key wins; otherwise
 * the one key within one edit per five letters, if exactly one is nearest.
 */
final class FuzzyLookup<T> {

    private final Map<String, T> byKey = new LinkedHashMap<>();

    /** Adds a name for a value; a name already taken by another value is an error. */
    FuzzyLookup<T> put(String name, T value) {
        String key = key(name);
        T previous = byKey.putIfAbsent(key, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalArgumentException("'" + name + "' names both " + previous + " and " + value);
        }
        return this;
    }

    Optional<T> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        T exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int allowed = Math.max(1, key.length() / 5);
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, T> entry : byKey.entrySet()) {
            if (entry.getKey().length() < 4) {
                continue;
            }
            int d = distance.apply(key, entry.getKey());
            if (d < 0) {
                continue;
            }
            if (d < bestDistance) {
                best = entry.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !entry.getValue().equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            } else if (c == '&') {
                key.append("and");
            }
        }
        return key.toString();
    }
}
