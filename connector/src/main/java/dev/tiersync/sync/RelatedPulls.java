package dev.tiersync.sync;

import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.salesforce.Route;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run pulled of the objects besides Account and Opportunity that the rules read.
 *
 * @param pulled records pulled per object (changed ones, when incremental), deletions included
 * @param routes how each was pulled
 * @param readable the objects the API user could read this run: the rules use only these
 * @param skipped one line per object the rules needed but could not read, saying which rules were skipped
 */
public record RelatedPulls(Map<RelatedObject, Integer> pulled, Map<RelatedObject, Route> routes, Set<RelatedObject> readable,
                           List<String> skipped) {

    public static final RelatedPulls NONE = new RelatedPulls(Map.of(), Map.of(), Set.of(), List.of());

    public RelatedPulls {
        pulled = Collections.unmodifiableMap(pulled.isEmpty() ? new EnumMap<>(RelatedObject.class) : new EnumMap<>(pulled));
        routes = Collections.unmodifiableMap(routes.isEmpty() ? new EnumMap<>(RelatedObject.class) : new EnumMap<>(routes));
        readable = Collections.unmodifiableSet(readable.isEmpty() ? EnumSet.noneOf(RelatedObject.class) : EnumSet.copyOf(readable));
        skipped = List.copyOf(skipped);
    }
}
