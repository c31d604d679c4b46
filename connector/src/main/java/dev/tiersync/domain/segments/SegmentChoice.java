package dev.tiersync.domain.segments;

import java.util.List;
import java.util.Objects;

/**
 * The segment an account falls in, and why, when the segment asked for named conditions.
 *
 * @param segment the segment's name
 * @param reasons the reasons of the segment's named conditions, in the rule's order; empty for a segment without any
 */
public record SegmentChoice(String segment, List<String> reasons) {

    public SegmentChoice {
        Objects.requireNonNull(segment, "segment");
        reasons = List.copyOf(reasons);
    }
}
