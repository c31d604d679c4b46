package dev.tiersync.domain.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fit's settings, {@code tiersync.segmentation.fit.*} in the rules. Immutable and checked when
 * built: a config that exists is valid, and a bad value fails with one line naming its key.
 */
public final class FitConfig {

    /** The prefix of every key, as validation messages name them. */
    public static final String KEY = "tiersync.segmentation.fit.";

    private final int minCustomers;
    private final int minNodeSize;
    private final int maxDepth;
    private final double minDifference;
    private final double significance;
    private final double maxCorrelation;
    private final double minLiftArea;
    private final int folds;
    private final double strongFrom;
    private final double moderateFrom;
    private final Optional<SchemeKind> scheme;
    private final int trainingSample;
    private final int decileFrom;
    private final long seed;
    private final List<ProfileCriterion> profile;
    private final List<String> orgFields;

    private FitConfig(Builder b) {
        this.minCustomers = b.minCustomers;
        this.minNodeSize = b.minNodeSize;
        this.maxDepth = b.maxDepth;
        this.minDifference = b.minDifference;
        this.significance = b.significance;
        this.maxCorrelation = b.maxCorrelation;
        this.minLiftArea = b.minLiftArea;
        this.folds = b.folds;
        this.strongFrom = b.strongFrom;
        this.moderateFrom = b.moderateFrom;
        this.scheme = b.scheme;
        this.trainingSample = b.trainingSample;
        this.decileFrom = b.decileFrom;
        this.seed = b.seed;
        this.profile = List.copyOf(b.profile);
        this.orgFields = List.copyOf(b.orgFields);
    }

    /** The shipped settings: at least 200 customers, leaves of 20, depth 4, 5 folds, Strong from 75, Moderate from 50. */
    public static FitConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder().minCustomers(minCustomers).minNodeSize(minNodeSize).maxDepth(maxDepth).minDifference(minDifference)
                .significance(significance).maxCorrelation(maxCorrelation).minLiftArea(minLiftArea).folds(folds)
                .strongFrom(strongFrom).moderateFrom(moderateFrom).scheme(scheme.orElse(null)).trainingSample(trainingSample)
                .decileFrom(decileFrom).seed(seed).profile(profile).orgFields(orgFields);
    }

    /** {@code min-customers}: below this many established customers nothing is learnt. */
    public int minCustomers() {
        return minCustomers;
    }

    /** {@code min-node-size}: the fewest customers a tree node (and a category level the schemes use) may hold. */
    public int minNodeSize() {
        return minNodeSize;
    }

    /** {@code max-depth}: the most questions from the root to a leaf of the tree. */
    public int maxDepth() {
        return maxDepth;
    }

    /** {@code min-difference}: a split whose two sides differ by fewer value points than this does not matter. */
    public double minDifference() {
        return minDifference;
    }

    /** {@code significance}: the p-value a split, a regression variable and a lift over the diagonal must stay under. */
    public double significance() {
        return significance;
    }

    /** {@code max-correlation}: of two regression variables correlated beyond this, the weaker is dropped. */
    public double maxCorrelation() {
        return maxCorrelation;
    }

    /** {@code min-lift-area}: the area between a scheme's lift curve and the diagonal it needs to be used (perfect is 0.375). */
    public double minLiftArea() {
        return minLiftArea;
    }

    /** {@code folds}: the folds of the cross-validation that judges the learnt schemes. */
    public int folds() {
        return folds;
    }

    /** {@code strong-from}: the lowest fit score of a Strong fit. */
    public double strongFrom() {
        return strongFrom;
    }

    /** {@code moderate-from}: the lowest fit score of a Moderate fit. */
    public double moderateFrom() {
        return moderateFrom;
    }

    /** {@code scheme}: the scheme the rules name, or empty for {@code auto} (the best by the lift chart). */
    public Optional<SchemeKind> scheme() {
        return scheme;
    }

    /** {@code training-sample}: above this many customers, the schemes learn from a sample stratified by quality. */
    public int trainingSample() {
        return trainingSample;
    }

    /** {@code decile-from}: from this many customers the tier profile shows deciles instead of quartiles. */
    public int decileFrom() {
        return decileFrom;
    }

    /** {@code seed}: fixes the folds, so the same data gives the same fit. */
    public long seed() {
        return seed;
    }

    /** {@code profile}: the admin's ideal customer profile; empty when the rules define none. */
    public List<ProfileCriterion> profile() {
        return profile;
    }

    /**
     * {@code org-fields}: the org's own Account fields the fit learns from besides those the segments name, by API name,
     * such as {@code [Ownership, Primary_Need__c]}; each is the variable {@code attribute.<API name>}.
     */
    public List<String> orgFields() {
        return orgFields;
    }

    /** The tier of a fit score under these cut-offs. */
    public FitTier tierOf(double fitScore) {
        if (Double.isNaN(fitScore)) {
            return FitTier.UNKNOWN;
        }
        return fitScore >= strongFrom ? FitTier.STRONG : fitScore >= moderateFrom ? FitTier.MODERATE : FitTier.WEAK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FitConfig c && c.minCustomers == minCustomers && c.minNodeSize == minNodeSize
                && c.maxDepth == maxDepth && Double.compare(c.minDifference, minDifference) == 0
                && Double.compare(c.significance, significance) == 0 && Double.compare(c.maxCorrelation, maxCorrelation) == 0
                && Double.compare(c.minLiftArea, minLiftArea) == 0 && c.folds == folds
                && Double.compare(c.strongFrom, strongFrom) == 0 && Double.compare(c.moderateFrom, moderateFrom) == 0
                && c.scheme.equals(scheme) && c.trainingSample == trainingSample && c.decileFrom == decileFrom && c.seed == seed
                && c.profile.equals(profile) && c.orgFields.equals(orgFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minCustomers, minNodeSize, maxDepth, minDifference, significance, maxCorrelation, minLiftArea, folds,
                strongFrom, moderateFrom, scheme, trainingSample, decileFrom, seed, profile, orgFields);
    }

    /** Every setting, as text: two configs learn alike exactly when their keys are equal. */
    public String learningKey() {
        return "FitConfig[min-customers=" + minCustomers + ", min-node-size=" + minNodeSize + ", max-depth=" + maxDepth
                + ", min-difference=" + minDifference + ", significance=" + significance + ", max-correlation=" + maxCorrelation
                + ", min-lift-area=" + minLiftArea + ", folds=" + folds + ", strong-from=" + strongFrom + ", moderate-from="
                + moderateFrom + ", scheme=" + scheme.map(SchemeKind::key).orElse("auto") + ", training-sample=" + trainingSample
                + ", decile-from=" + decileFrom + ", seed=" + seed + ", profile=" + profile + ", org-fields=" + orgFields + "]";
    }

    @Override
    public String toString() {
        return "FitConfig[min-customers=" + minCustomers + ", min-node-size=" + minNodeSize + ", max-depth=" + maxDepth
                + ", scheme=" + scheme.map(SchemeKind::key).orElse("auto") + ", strong-from=" + strongFrom + ", moderate-from="
                + moderateFrom + ", profile=" + profile + "]";
    }

    /** Builds a {@link FitConfig}, starting from the shipped settings. */
    public static final class Builder {

        private int minCustomers = 200;
        private int minNodeSize = 20;
        private int maxDepth = 4;
        private double minDifference = 5;
        private double significance = 0.05;
        private double maxCorrelation = 0.8;
        private double minLiftArea = 0.05;
        private int folds = 5;
        private double strongFrom = 75;
        private double moderateFrom = 50;
        private Optional<SchemeKind> scheme = Optional.empty();
        private int trainingSample = 10_000;
        private int decileFrom = 1_000;
        private long seed = 42;
        private List<ProfileCriterion> profile = List.of();
        private List<String> orgFields = List.of();

        private Builder() {
        }

        public Builder minCustomers(int minCustomers) {
            this.minCustomers = minCustomers;
            return this;
        }

        public Builder minNodeSize(int minNodeSize) {
            this.minNodeSize = minNodeSize;
            return this;
        }

        public Builder maxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
            return this;
        }

        public Builder minDifference(double minDifference) {
            this.minDifference = minDifference;
            return this;
        }

        public Builder significance(double significance) {
            this.significance = significance;
            return this;
        }

        public Builder maxCorrelation(double maxCorrelation) {
            this.maxCorrelation = maxCorrelation;
            return this;
        }

        public Builder minLiftArea(double minLiftArea) {
            this.minLiftArea = minLiftArea;
            return this;
        }

        public Builder folds(int folds) {
            this.folds = folds;
            return this;
        }

        public Builder strongFrom(double strongFrom) {
            this.strongFrom = strongFrom;
            return this;
        }

        public Builder moderateFrom(double moderateFrom) {
            this.moderateFrom = moderateFrom;
            return this;
        }

        /** The scheme to use, or null for {@code auto}. */
        public Builder scheme(SchemeKind scheme) {
            this.scheme = Optional.ofNullable(scheme);
            return this;
        }

        /** The scheme as the rules spell it: {@code auto}, {@code tree}, {@code regression} or {@code profile}. */
        public Builder scheme(String scheme) {
            this.scheme = SchemeKind.parse(scheme);
            return this;
        }

        public Builder trainingSample(int trainingSample) {
            this.trainingSample = trainingSample;
            return this;
        }

        public Builder decileFrom(int decileFrom) {
            this.decileFrom = decileFrom;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder profile(List<ProfileCriterion> profile) {
            this.profile = profile == null ? List.of() : List.copyOf(profile);
            return this;
        }

        /** @throws IllegalArgumentException naming {@code org-fields[n]} when an entry is not an API name */
        public Builder orgFields(List<String> names) {
            List<String> given = names == null ? List.of() : names;
            for (int i = 0; i < given.size(); i++) {
                String name = given.get(i);
                if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException(KEY + "org-fields[" + i + "]: '" + name + "' is not a field's API name "
                            + "(letters, digits and underscores, such as Ownership or Primary_Need__c)");
                }
            }
            this.orgFields = List.copyOf(given);
            return this;
        }

        /** The settings, checked: the first bad value fails with a message naming its key. */
        public FitConfig build() {
            atLeast("min-node-size", minNodeSize, 2);
            atLeast("min-customers", minCustomers, Math.max(20, 2 * minNodeSize),
                    2 * minNodeSize > 20 ? "(twice min-node-size, " + minNodeSize + ")" : "");
            within("max-depth", maxDepth, 1, 8);
            within("min-difference", minDifference, 0, 100);
            if (!(significance > 0 && significance <= 0.5)) {
                throw new IllegalArgumentException(KEY + "significance must be above 0 and at most 0.5, was " + significance);
            }
            if (!(maxCorrelation > 0 && maxCorrelation < 1)) {
                throw new IllegalArgumentException(KEY + "max-correlation must be above 0 and below 1, was " + maxCorrelation);
            }
            if (!(minLiftArea >= 0 && minLiftArea < 0.375)) {
                throw new IllegalArgumentException(KEY + "min-lift-area must be from 0 to below 0.375 (a perfect scheme's area), was "
                        + minLiftArea);
            }
            within("folds", folds, 2, 20);
            if (!(strongFrom > 0 && strongFrom <= 100)) {
                throw new IllegalArgumentException(KEY + "strong-from must be above 0 and at most 100, was " + strongFrom);
            }
            if (!(moderateFrom > 0 && moderateFrom < strongFrom)) {
                throw new IllegalArgumentException(KEY + "moderate-from must be above 0 and below strong-from (" + strongFrom
                        + "), was " + moderateFrom);
            }
            atLeast("training-sample", trainingSample, minCustomers, "(min-customers)");
            atLeast("decile-from", decileFrom, 40);
            if (scheme.equals(Optional.of(SchemeKind.PROFILE)) && profile.isEmpty()) {
                throw new IllegalArgumentException(KEY + "scheme is profile, but " + KEY + "profile defines no criteria");
            }
            return new FitConfig(this);
        }

        private static void atLeast(String key, int value, int min) {
            atLeast(key, value, min, "");
        }

        private static void atLeast(String key, int value, int min, String why) {
            if (value < min) {
                throw new IllegalArgumentException(KEY + key + " must be at least " + min + (why.isEmpty() ? "" : " " + why)
                        + ", was " + value);
            }
        }

        private static void within(String key, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(KEY + key + " must be from " + format(min) + " to " + format(max) + ", was "
                        + format(value));
            }
        }

        private static String format(double value) {
            return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
