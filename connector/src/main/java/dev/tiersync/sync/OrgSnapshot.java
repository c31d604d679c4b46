package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * What a sync assesses: every account of the org with its opportunities and relationship, from the snapshot
 * store.
 */
final class OrgSnapshot {

    private final Map<String, Account> accounts;
    private final Map<String, List<Opportunity>> opportunitiesByAccount;
    private final int opportunitiesPulled;
    private final int opportunitiesWithoutAccount;
    private final Relationships relationships;

    private OrgSnapshot(Map<String, Account> accounts, Map<String, List<Opportunity>> opportunitiesByAccount,
                        int opportunitiesPulled, int opportunitiesWithoutAccount, Relationships relationships) {
        this.relationships = relationships;
        this.accounts = accounts;
        this.opportunitiesByAccount = opportunitiesByAccount;
        this.opportunitiesPulled = opportunitiesPulled;
        this.opportunitiesWithoutAccount = opportunitiesWithoutAccount;
    }

    /** Loads an org's accounts, then its opportunities; an opportunity whose account is not there is counted and skipped. */
    static OrgSnapshot load(SnapshotStore store, String org) {
        return load(store, org, java.util.Set.of());
    }

    /**
     * Loads an org's accounts, opportunities and, of the related objects the API user could read this run, what
     * the snapshot holds.
     */
    static OrgSnapshot load(SnapshotStore store, String org, java.util.Set<dev.tiersync.domain.behaviour.RelatedObject> readable) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        store.forEachAccount(org, account -> accounts.put(account.id(), account));
        Map<String, List<Opportunity>> byAccount = new HashMap<>();
        int[] counts = new int[2];
        store.forEachOpportunity(org, opportunity -> {
            counts[0]++;
            if (opportunity.hasAccount() && accounts.containsKey(opportunity.accountId())) {
                byAccount.computeIfAbsent(opportunity.accountId(), id -> new ArrayList<>()).add(opportunity);
            } else {
                counts[1]++;
            }
        });
        return new OrgSnapshot(accounts, byAccount, counts[0], counts[1], Relationships.load(store, org, readable, byAccount));
    }

    /**
     * Every account's history, in the snapshot's order. The list makes each history when asked for it, so the
     * relationships of all accounts (their cases, activities and contacts as objects) are never held at once.
     */
    List<AccountHistory> histories() {
        Account[] all = accounts.values().toArray(Account[]::new);
        return new Histories(all);
    }

    /** The histories of the accounts, each made on demand from what the snapshot keeps. */
    private final class Histories extends AbstractList<AccountHistory> implements RandomAccess {

        private final Account[] all;

        Histories(Account[] all) {
            this.all = all;
        }

        @Override
        public AccountHistory get(int index) {
            Account account = all[index];
            return new AccountHistory(account, opportunitiesByAccount.getOrDefault(account.id(), List.of()),
                    relationships.of(account.id()));
        }

        @Override
        public int size() {
            return all.length;
        }
    }

    Account account(String id) {
        return accounts.get(id);
    }

    int accountCount() {
        return accounts.size();
    }

    int opportunitiesPulled() {
        return opportunitiesPulled;
    }

    int opportunitiesWithoutAccount() {
        return opportunitiesWithoutAccount;
    }
}
