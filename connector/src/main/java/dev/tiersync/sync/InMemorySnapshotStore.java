package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.fit.KeptFit;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.Pulled;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A snapshot store kept in memory: for one-off runs and demos, where nothing needs to survive the
 * process. Its first run pulls everything; later runs of the same process pull what changed.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

    private final Map<String, OrgState> orgs = new HashMap<>();
    private final Map<String, String> orgNames = new HashMap<>();
    /** The runs holding an org, by org id: who and since when. */
    private final Map<String, Map.Entry<String, Instant>> locks = new HashMap<>();

    private static final class OrgState {
        SyncCursor cursor;
        PullProgress pull;
        final Map<String, Stored<Account>> accounts = new LinkedHashMap<>();
        final Map<String, Stored<Opportunity>> opportunities = new LinkedHashMap<>();
        final Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
        final Map<String, Map<String, Stored<FieldValues>>> related = new java.util.HashMap<>();
        final Map<String, Long> relatedPulls = new java.util.HashMap<>();
        KeptFit fit;
    }

    private record Stored<T>(T record, long generation) {
    }

    private OrgState state(String org) {
        return orgs.computeIfAbsent(org, key -> new OrgState());
    }

    @Override
    public synchronized Optional<KeptFit> keptFit(String org) {
        return Optional.ofNullable(state(org).fit);
    }

    @Override
    public synchronized void keepFit(String org, KeptFit fit) {
        state(org).fit = java.util.Objects.requireNonNull(fit, "fit");
    }

    @Override
    public synchronized OrgLock lock(String org, String orgName, String holder, Instant since) {
        Map.Entry<String, Instant> held = locks.get(org);
        if (held != null) {
            throw new OrgBusyException(orgName, held.getKey(), held.getValue());
        }
        Map.Entry<String, Instant> mine = Map.entry(holder, since);
        locks.put(org, mine);
        return () -> {
            synchronized (this) {
                locks.remove(org, mine);
            }
        };
    }

    @Override
    public synchronized void recordOrgName(String name, String orgId) {
        orgNames.put(name, orgId);
    }

    @Override
    public synchronized Optional<String> orgIdNamed(String name) {
        return Optional.ofNullable(orgNames.get(name));
    }

    @Override
    public synchronized Optional<SyncCursor> cursor(String org) {
        return Optional.ofNullable(state(org).cursor);
    }

    @Override
    public synchronized Optional<PullProgress> pullInProgress(String org) {
        return Optional.ofNullable(state(org).pull);
    }

    @Override
    public synchronized void beginPull(String org, PullProgress pull) {
        state(org).pull = pull;
    }

    @Override
    public synchronized void recordPullPosition(String org, String object, PullProgress.Position position) {
        PullProgress pull = state(org).pull;
        if (pull == null) {
            throw new IllegalStateException("org " + org + " has no pull in progress");
        }
        state(org).pull = pull.with(object, position);
    }

    @Override
    public synchronized void saveCursor(String org, SyncCursor cursor) {
        state(org).pull = null;
        state(org).cursor = cursor;
    }

    @Override
    public synchronized void putAccounts(String org, long generation, List<Pulled<Account>> page) {
        put(state(org).accounts, generation, page);
    }

    @Override
    public synchronized void putOpportunities(String org, long generation, List<Pulled<Opportunity>> page) {
        put(state(org).opportunities, generation, page);
    }

    private static <T> void put(Map<String, Stored<T>> records, long generation, List<Pulled<T>> page) {
        for (Pulled<T> pulled : page) {
            if (pulled.deleted()) {
                records.remove(pulled.id());
            } else {
                records.put(pulled.id(), new Stored<>(pulled.record(), generation));
            }
        }
    }

    @Override
    public synchronized void putRecords(String org, FieldSet object, long generation, List<Pulled<FieldValues>> page) {
        put(state(org).related.computeIfAbsent(object.object(), o -> new java.util.TreeMap<>()), generation, page);
    }

    @Override
    public synchronized void forEachRecord(String org, FieldSet object, Consumer<FieldValues> sink) {
        state(org).related.getOrDefault(object.object(), Map.of()).values().forEach(stored -> sink.accept(stored.record()));
    }

    @Override
    public synchronized java.util.OptionalLong relatedPulledIn(String org, String object) {
        Long generation = state(org).relatedPulls.get(object);
        return generation == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(generation);
    }

    @Override
    public synchronized void recordRelatedPull(String org, String object, long generation) {
        state(org).relatedPulls.put(object, generation);
    }

    @Override
    public synchronized int removeOlderThan(String org, long generation) {
        OrgState state = state(org);
        int before = state.accounts.size() + state.opportunities.size();
        state.accounts.values().removeIf(stored -> stored.generation() < generation);
        state.opportunities.values().removeIf(stored -> stored.generation() < generation);
        int removed = before - state.accounts.size() - state.opportunities.size();
        for (Map<String, Stored<FieldValues>> records : state.related.values()) {
            int had = records.size();
            records.values().removeIf(stored -> stored.generation() < generation);
            removed += had - records.size();
        }
        return removed;
    }

    @Override
    public synchronized void forEachAccount(String org, Consumer<Account> sink) {
        state(org).accounts.values().forEach(stored -> sink.accept(stored.record()));
    }

    @Override
    public synchronized void forEachOpportunity(String org, Consumer<Opportunity> sink) {
        state(org).opportunities.values().forEach(stored -> sink.accept(stored.record()));
    }

    @Override
    public synchronized void recordWritten(String org, List<Account> written) {
        Map<String, Stored<Account>> accounts = state(org).accounts;
        for (Account account : written) {
            accounts.computeIfPresent(account.id(), (id, stored) -> new Stored<>(account, stored.generation()));
        }
    }

    @Override
    public synchronized void recordOutcome(String org, Instant at, List<WriteFailure> failures, Collection<String> written) {
        Map<String, LedgerEntry> ledger = state(org).ledger;
        written.forEach(ledger::remove);
        for (WriteFailure failure : failures) {
            LedgerEntry before = ledger.get(failure.accountId());
            ledger.put(failure.accountId(), new LedgerEntry(failure.accountId(), failure.statusCode(), failure.message(),
                    before == null ? at : before.firstFailed(), at, before == null ? 1 : before.attempts() + 1));
        }
    }

    @Override
    public synchronized List<LedgerEntry> ledger(String org) {
        return state(org).ledger.values().stream()
                .sorted(Comparator.comparing(LedgerEntry::firstFailed).thenComparing(LedgerEntry::accountId))
                .toList();
    }
}
