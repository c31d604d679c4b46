package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.AccountEnricher;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.ChurnSignal;
import dev.tiersync.plugin.api.Finding;
import dev.tiersync.plugin.api.RunListener;
import dev.tiersync.plugin.api.RunSummary;
import dev.tiersync.plugin.api.SpendNorms;
import dev.tiersync.plugin.api.UpsellSignal;
import dev.tiersync.plugin.api.Verdict;
import dev.tiersync.plugins.PluginCondition;
import dev.tiersync.plugins.PluginFailure;
import dev.tiersync.plugins.PluginRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's guard around the plugins' contributions: the first contribution of a plugin that throws (or
 * breaks its point's contract) switches the plugin off for the rest of the run and is recorded; every later
 * call to that plugin returns what an absent plugin would.
 */
final class GuardedPluginRun implements PluginRun {

    private static final Logger log = LoggerFactory.getLogger(GuardedPluginRun.class);

    private final List<Contribution<AccountEnricher>> enrichers;
    private final List<Contribution<ChurnSignal>> churnSignals;
    private final List<Contribution<UpsellSignal>> upsellSignals;
    private final List<Contribution<RunListener>> listeners;
    private final Clock clock;
    private final Map<String, PluginFailure> disabled = new ConcurrentHashMap<>();
    private final List<PluginFailure> failures = new CopyOnWriteArrayList<>();

    GuardedPluginRun(List<Contribution<AccountEnricher>> enrichers, List<Contribution<ChurnSignal>> churnSignals,
                     List<Contribution<UpsellSignal>> upsellSignals, List<Contribution<RunListener>> listeners, Clock clock) {
        this.enrichers = enrichers;
        this.churnSignals = churnSignals;
        this.upsellSignals = upsellSignals;
        this.listeners = listeners;
        this.clock = clock;
    }

    @Override
    public Attributes enrich(AccountView account) {
        AccountView bare = account.withAttributes(Attributes.none());
        Attributes.Builder merged = Attributes.builder();
        Map<String, String> givenBy = new HashMap<>();
        for (Contribution<AccountEnricher> enricher : enrichers) {
            Attributes found = guarded(enricher, account.id(), e -> checked(enricher, e.enrich(bare), givenBy), null);
            if (found != null) {
                merged.putAll(found);
            }
        }
        return merged.build();
    }

    @Override
    public List<Attributes> enrichAll(List<AccountView> accounts) {
        Attributes[] found = new Attributes[accounts.size()];
        IntStream.range(0, found.length).parallel().forEach(i -> found[i] = enrich(accounts.get(i)));
        Set<String> off = disabledPlugins();
        if (off.isEmpty()) {
            return Arrays.asList(found);
        }
        return Arrays.stream(found).map(attributes -> without(attributes, off)).toList();
    }

    /** The attributes but those of these plugins. */
    static Attributes without(Attributes attributes, Set<String> plugins) {
        if (plugins.isEmpty()) {
            return attributes;
        }
        Attributes.Builder kept = Attributes.builder();
        attributes.asMap().forEach((key, value) -> {
            if (!plugins.contains(key.substring(0, key.indexOf('.')))) {
                kept.put(key, value);
            }
        });
        return kept.build();
    }

    @Override
    public List<Finding> churnFindings(AccountView customer) {
        List<Finding> findings = new ArrayList<>();
        churnSignals.forEach(signal -> churnFinding(signal, customer).ifPresent(findings::add));
        return findings;
    }

    @Override
    public List<Finding> upsellFindings(AccountView customer, SpendNorms norms) {
        List<Finding> findings = new ArrayList<>();
        upsellSignals.forEach(signal -> upsellFinding(signal, customer, norms).ifPresent(findings::add));
        return findings;
    }

    boolean hasEnrichers() {
        return !enrichers.isEmpty();
    }

    List<Contribution<ChurnSignal>> churnContributions() {
        return churnSignals;
    }

    List<Contribution<UpsellSignal>> upsellContributions() {
        return upsellSignals;
    }

    Optional<Finding> churnFinding(Contribution<ChurnSignal> signal, AccountView customer) {
        return guarded(signal, customer.id(), s -> present(s.evaluate(customer)), Optional.empty());
    }

    Optional<Finding> upsellFinding(Contribution<UpsellSignal> signal, AccountView customer, SpendNorms norms) {
        return guarded(signal, customer.id(), s -> present(s.evaluate(customer, norms)), Optional.empty());
    }

    @Override
    public Verdict test(PluginCondition condition, AccountView account) {
        if (!(condition instanceof ConditionUse use)) {
            throw new IllegalArgumentException("condition " + condition + " was not made by this TierSync's plugin registry");
        }
        return guarded(use.contribution(), account.id(), c -> notNull(c.evaluate(account), "a verdict"), Verdict.notMet());
    }

    @Override
    public void runFinished(RunSummary summary) {
        for (Contribution<RunListener> listener : listeners) {
            guarded(listener, null, l -> {
                l.runFinished(summary);
                return Boolean.TRUE;
            }, Boolean.FALSE);
        }
    }

    @Override
    public List<PluginFailure> failures() {
        return List.copyOf(failures);
    }

    @Override
    public Set<String> disabledPlugins() {
        return new TreeSet<>(disabled.keySet());
    }

    private <T, R> R guarded(Contribution<T> contribution, String accountId, Function<T, R> call, R whenOff) {
        if (disabled.containsKey(contribution.pluginId())) {
            return whenOff;
        }
        try {
            return call.apply(contribution.instance());
        } catch (Exception | LinkageError | StackOverflowError e) {
            disable(contribution, accountId, e);
            return whenOff;
        }
    }

    private void disable(Contribution<?> contribution, String accountId, Throwable error) {
        PluginFailure failure = new PluginFailure(contribution.pluginId(), contribution.jar(), contribution.descriptor().point(),
                contribution.id(), accountId, ContributionClasses.describe(error), clock.instant());
        if (disabled.putIfAbsent(contribution.pluginId(), failure) == null) {
            failures.add(failure);
            log.warn("{}", failure.describe(), error);
        }
    }

    private static Attributes checked(Contribution<AccountEnricher> enricher, Attributes attributes, Map<String, String> givenBy) {
        notNull(attributes, "attributes (Attributes.none() when it knows nothing)");
        String namespace = enricher.pluginId() + ".";
        for (String key : attributes.keys()) {
            if (!key.startsWith(namespace)) {
                throw new ContractBrokenException("gave attribute '" + key + "', outside its namespace " + namespace + "*");
            }
            String earlier = givenBy.putIfAbsent(key, enricher.id());
            if (earlier != null) {
                throw new ContractBrokenException("gave attribute '" + key + "', which its enricher " + earlier + " gave already");
            }
        }
        return attributes;
    }

    private static Optional<Finding> present(Optional<Finding> finding) {
        return notNull(finding, "an Optional (empty when the signal sees nothing)");
    }

    private static <R> R notNull(R value, String what) {
        if (value == null) {
            throw new ContractBrokenException("returned null instead of " + what);
        }
        return value;
    }

    /** A contribution returned what its point does not allow. */
    static final class ContractBrokenException extends IllegalStateException {

        ContractBrokenException(String message) {
            super(message);
        }
    }
}
