package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.ProfileCriterion;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.Collections;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/** The admin's ideal customer profile: an account scores the share of the criteria's weight it matches. Learns nothing. */
public final class IdealProfileScheme implements Scheme {

    private final List<ProfileCriterion> criteria;
    private final double totalWeight;
    private final Set<FitVariable> variables = new LinkedHashSet<>();

    public IdealProfileScheme(List<ProfileCriterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("an ideal customer profile needs at least one criterion");
        }
        this.criteria = List.copyOf(criteria);
        this.totalWeight = criteria.stream().mapToDouble(ProfileCriterion::weight).sum();
        criteria.forEach(c -> variables.add(c.fitVariable()));
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.PROFILE;
    }

    @Override
    public double raw(FitAccount account) {
        double matched = 0;
        for (ProfileCriterion criterion : criteria) {
            if (criterion.matches(account)) {
                matched += criterion.weight();
            }
        }
        return matched / totalWeight;
    }

    @Override
    public boolean knowsAnything(FitAccount account) {
        return variables.stream().anyMatch(account::knows);
    }

    @Override
    public Collection<FitVariable> variables() {
        return Collections.unmodifiableSet(variables);
    }

    @Override
    public List<String> traits(FitAccount account, boolean favourable) {
        List<String> traits = new ArrayList<>();
        for (ProfileCriterion criterion : criteria) {
            if (criterion.matches(account) == favourable && account.knows(criterion.fitVariable())) {
                traits.add(favourable ? label(criterion) : Traits.of(account, criterion.fitVariable()));
            }
        }
        return traits.stream().limit(3).toList();
    }

    @Override
    public OptionalDouble topShareOfGroup(FitAccount account) {
        return OptionalDouble.empty();
    }

    @Override
    public List<String> describe(Calibration calibration) {
        List<String> lines = new ArrayList<>();
        lines.add("score = share of the weight matched, of " + Traits.number(totalWeight));
        for (ProfileCriterion criterion : criteria) {
            lines.add(String.format(Locale.ROOT, "  weight %s: %s", Traits.number(criterion.weight()), label(criterion)));
        }
        return lines;
    }

    static String label(ProfileCriterion criterion) {
        FitVariable variable = criterion.fitVariable();
        if (!criterion.in().isEmpty()) {
            return String.join(" or ", criterion.in().stream().map(v -> Traits.level(variable, v)).toList());
        }
        if (criterion.atLeast() != null && criterion.below() != null) {
            return Traits.range(variable, criterion.atLeast(), criterion.below());
        }
        return criterion.atLeast() != null ? Traits.atLeast(variable, criterion.atLeast()) : Traits.below(variable, criterion.below());
    }
}
