package dev.tiersync.domain.fit;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of segmentation scheme the fit can use, with the names the rules give them. */
public enum SchemeKind {
    TREE("tree", "Decision tree"),
    REGRESSION("regression", "Regression"),
    PROFILE("profile", "Ideal customer profile");

    private final String key;
    private final String label;

    SchemeKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value of {@code tiersync.segmentation.fit.scheme} that names this scheme. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The scheme a rules value names, or empty for {@code auto} (or blank); anything else is an error naming the key. */
    public static Optional<SchemeKind> parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(k -> k.key.equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(FitConfig.KEY + "scheme must be one of auto, tree, regression, "
                        + "profile; was '" + value + "'")));
    }
}
