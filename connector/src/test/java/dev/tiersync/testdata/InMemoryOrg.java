package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.NewRecord;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.Route;
import dev.tiersync.salesforce.SalesforceException;
import dev.tiersync.salesforce.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A fake org for sync tests that do not need the wire protocol: keeps accounts in memory, applies
 * updates, rejects chosen records, and can fail a call as a whole.
 */
public final class InMemoryOrg implements OrgConnector {

    public static final String ORG_ID = "00D000000000001";
    static final Route PAGES = new Route("SOAP", false);

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Instant> stamps = new java.util.HashMap<>();
    private Instant clock = Instant.parse("2025-01-01T00:00:00Z");
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final Map<String, List<dev.tiersync.domain.fields.FieldValues>> related = new java.util.HashMap<>();
    private Set<String> queryable = Set.of("Account", "Opportunity", "Case", "Task", "Event", "Contact", "OpportunityContactRole");
    private final List<List<AccountUpdate>> updateCalls = new ArrayList<>();
    private final List<NewRecord> created = new ArrayList<>();
    private Set<String> rejected = Set.of();
    private SalesforceException failOnUpdateCall;
    private int failOnUpdateCallNumber;

    public InMemoryOrg with(Account... added) {
        for (Account account : added) {
            accounts.put(account.id(), account);
        }
        return this;
    }

    public InMemoryOrg with(Opportunity... added) {
        opportunities.addAll(List.of(added));
        return this;
    }

    /** Records of another object, such as Case: each with the values of that object's catalog fields. */
    public InMemoryOrg withRecords(String object, dev.tiersync.domain.fields.FieldValues... records) {
        related.computeIfAbsent(object, o -> new ArrayList<>()).addAll(List.of(records));
        return this;
    }

    /** An org whose API user cannot query these objects. */
    public InMemoryOrg withoutAccessTo(String... objects) {
        Set<String> left = new java.util.HashSet<>(queryable);
        List.of(objects).forEach(left::remove);
        queryable = Set.copyOf(left);
        return this;
    }

    public InMemoryOrg rejecting(Set<String> accountIds) {
        this.rejected = Set.copyOf(accountIds);
        return this;
    }

    /** The n-th update call (1-based) throws the given exception. */
    public InMemoryOrg failingUpdateCall(int n, SalesforceException failure) {
        this.failOnUpdateCallNumber = n;
        this.failOnUpdateCall = failure;
        return this;
    }

    /** Changes an account's values as a user would. */
    public void replace(Account account) {
        touch(account.id());
        accounts.put(account.id(), account);
    }

    /** A record's SystemModstamp: an hour later for every change, so that changes lie outside the pull overlap. */
    private Instant stamp(String id) {
        return stamps.getOrDefault(id, Instant.EPOCH);
    }

    private void touch(String id) {
        clock = clock.plus(java.time.Duration.ofHours(1));
        stamps.put(id, clock);
    }

    public Account account(String id) {
        return accounts.get(id);
    }

    /** The records created, of every object, in order; each refused when another of its object holds its unique key. */
    public List<NewRecord> created() {
        return List.copyOf(created);
    }

    public List<List<AccountUpdate>> updateCalls() {
        return updateCalls;
    }

    @Override
    public OrgSession open(OrgAccess org) {
        return new Session();
    }

    private final class Session implements OrgSession {
        private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger(1);

        @Override
        public Route pullAccounts(PullScope scope, List<String> orgFields, dev.tiersync.salesforce.PageSink<Account> pages) {
            calls.incrementAndGet();
            deliver(accounts.values().stream()
                    .filter(account -> scope.since().map(since -> !stamp(account.id()).isBefore(since)).orElse(true))
                    .map(account -> new Pulled<>(account.id(), account, stamp(account.id()), false))
                    .toList(), scope, pages);
            return PAGES;
        }

        /** The records after the scope's id, in id order, as one page. */
        private <T> void deliver(List<Pulled<T>> records, PullScope scope, dev.tiersync.salesforce.PageSink<T> pages) {
            List<Pulled<T>> page = records.stream()
                    .filter(pulled -> scope.resumesAfter().map(after -> pulled.id().compareTo(after) > 0).orElse(true))
                    .filter(pulled -> scope.range().from() == null || pulled.id().compareTo(scope.range().from()) >= 0)
                    .filter(pulled -> scope.range().to() == null || pulled.id().compareTo(scope.range().to()) < 0)
                    .sorted(java.util.Comparator.comparing(Pulled::id))
                    .toList();
            pages.matching(page.size());
            if (!page.isEmpty()) {
                pages.accept(page);
                pages.deliveredThrough(page.get(page.size() - 1).id());
            }
        }

        @Override
        public Route pullOpportunities(PullScope scope, dev.tiersync.salesforce.PageSink<Opportunity> pages) {
            calls.incrementAndGet();
            deliver(opportunities.stream()
                    .filter(opportunity -> scope.since().map(since -> !stamp(opportunity.id()).isBefore(since)).orElse(true))
                    .map(opportunity -> new Pulled<>(opportunity.id(), opportunity, stamp(opportunity.id()), false))
                    .toList(), scope, pages);
            return PAGES;
        }

        @Override
        public Route pullRecords(dev.tiersync.domain.fields.FieldSet fields, PullScope scope,
                                 dev.tiersync.salesforce.PageSink<dev.tiersync.domain.fields.FieldValues> pages) {
            calls.incrementAndGet();
            if (!queryable.contains(fields.object())) {
                throw new dev.tiersync.salesforce.SalesforceRequestException("INVALID_TYPE", "sObject type '" + fields.object()
                        + "' is not supported.", null);
            }
            var id = fields.find("Id").orElseThrow();
            List<Pulled<dev.tiersync.domain.fields.FieldValues>> page = related.getOrDefault(fields.object(), List.of()).stream()
                    .map(values -> new Pulled<>((String) values.getRaw(id), values, stamp((String) values.getRaw(id)), false))
                    .filter(p -> scope.since().map(since -> !p.systemModstamp().isBefore(since)).orElse(true))
                    .toList();
            deliver(page, scope, pages);
            return PAGES;
        }

        @Override
        public java.util.Optional<String> edgeId(String object, PullScope scope, boolean last) {
            calls.incrementAndGet();
            List<String> ids = new ArrayList<>();
            PageCollector collector = new PageCollector(ids);
            switch (object) {
                case "Account" -> pullAccounts(scope, List.of(), collector.typed());
                case "Opportunity" -> pullOpportunities(scope, collector.typed());
                default -> { }
            }
            calls.decrementAndGet();
            return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(last ? ids.get(ids.size() - 1) : ids.get(0));
        }

        @Override
        public Set<String> queryableObjects() {
            calls.incrementAndGet();
            return queryable;
        }

        /** The catalog's Account fields: an org of TierSync's fields alone. */
        @Override
        public Set<String> readableFields(String object) {
            calls.incrementAndGet();
            Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            dev.tiersync.domain.catalog.AccountFields.ALL.all().forEach(field -> names.add(field.apiName()));
            return names;
        }

        @Override
        public Instant serverTime() {
            calls.incrementAndGet();
            return clock;
        }

        @Override
        public String orgId() {
            return ORG_ID;
        }

        @Override
        public List<WriteResult> update(List<AccountUpdate> updates) {
            calls.incrementAndGet();
            updateCalls.add(List.copyOf(updates));
            if (updateCalls.size() == failOnUpdateCallNumber) {
                throw failOnUpdateCall;
            }
            List<WriteResult> results = new ArrayList<>();
            for (AccountUpdate update : updates) {
                if (rejected.contains(update.accountId())) {
                    results.add(WriteResult.refused(update.accountId(), "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Tier is locked"));
                    continue;
                }
                Account old = accounts.get(update.accountId());
                touch(old.id());
                accounts.put(old.id(), old.withCurrent(update.appliedTo(old.current())));
                results.add(WriteResult.ok(update.accountId()));
            }
            return results;
        }

        @Override
        public List<WriteResult> create(List<NewRecord> records) {
            calls.incrementAndGet();
            List<WriteResult> results = new ArrayList<>();
            for (NewRecord record : records) {
                boolean duplicate = created.stream().anyMatch(other -> other.object().equals(record.object())
                        && record.sent().stream().anyMatch(field -> field.metadata().map(m -> m.uniqueKey()).orElse(false)
                        && record.values().getRaw(field).equals(other.values().getRaw(field))));
                if (duplicate) {
                    results.add(WriteResult.refused(record.subjectId(), "DUPLICATE_VALUE", "duplicate value found"));
                } else {
                    created.add(record);
                    results.add(WriteResult.ok(record.subjectId()));
                }
            }
            return results;
        }

        @Override
        public List<WriteResult> delete(List<String> ids) {
            throw new UnsupportedOperationException("the in-memory org keeps no ids of created records");
        }

        @Override
        public List<String> idsBefore(dev.tiersync.domain.fields.Field<java.time.LocalDate> day, java.time.LocalDate before) {
            return List.of();
        }

        @Override
        public List<dev.tiersync.salesforce.ContactLink> contacts() {
            return List.of();
        }

        @Override
        public Set<String> contactsWithRole(String role) {
            return Set.of();
        }

        @Override
        public Map<String, String> campaignIds(java.util.Collection<String> names) {
            return Map.of();
        }

        @Override
        public List<dev.tiersync.salesforce.CampaignMembership> members(java.util.Collection<String> campaignIds) {
            return List.of();
        }

        @Override
        public int apiCalls() {
            return calls.get();
        }

        @Override
        public void close() {
        }
    }

    /** Collects the ids of pulled pages, in order. */
    private record PageCollector(List<String> ids) {
        <T> dev.tiersync.salesforce.PageSink<T> typed() {
            return page -> page.forEach(pulled -> ids.add(pulled.id()));
        }
    }
}
