package dev.tiersync.domain.fit;

import java.util.List;

/**
 * The profile of the tiers: every observable variable's averages or shares per quartile of the
 * quality score (deciles when there are many customers), the variables that differ most between
 * A and D, and the top and bottom ten customers.
 *
 * @param groups the group names, best first: {@code A B C D} or {@code 1 … 10}
 * @param groupSizes customers per group
 * @param contrasts A against D, most different first
 */
public record TierProfile(int customers, List<String> groups, List<Integer> groupSizes, List<VariableProfile> variables,
                          List<Contrast> contrasts, List<RankedCustomer> top, List<RankedCustomer> bottom) implements java.io.Serializable {

    public TierProfile {
        groups = List.copyOf(groups);
        groupSizes = List.copyOf(groupSizes);
        variables = List.copyOf(variables);
        contrasts = List.copyOf(contrasts);
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }
}
