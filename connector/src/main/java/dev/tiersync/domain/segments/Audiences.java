package dev.tiersync.domain.segments;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The campaign audiences the rules ask for, at most one per segment, each of a segment the rules have. */
public record Audiences(List<Audience> all) {

    public static final Audiences NONE = new Audiences(List.of());

    public Audiences {
        all = List.copyOf(all);
        if (all.stream().map(Audience::segment).distinct().count() < all.size()) {
            throw new IllegalArgumentException("segments: a segment may keep one campaign only");
        }
    }

    /** @throws IllegalArgumentException naming an audience whose segment the rules do not have */
    void checkAgainst(SegmentRules rules) {
        Set<String> names = rules.segments().stream().map(SegmentDefinition::name).collect(Collectors.toSet());
        for (Audience audience : all) {
            if (!names.contains(audience.segment())) {
                throw new IllegalArgumentException("segments: the campaign of '" + audience.segment()
                        + "' is for a segment the rules do not have");
            }
        }
    }

    /** Checks every audience names one of the rules' segments. */
    public Audiences checked(SegmentRules rules) {
        checkAgainst(rules);
        return this;
    }

    /** A campaign of all contacts for each of these segments. */
    public static Audiences of(String... segments) {
        return new Audiences(java.util.Arrays.stream(segments).map(segment -> new Audience(segment, null)).toList());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
