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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the sync keeps of each org between runs: the accounts, opportunities and related records the assessment needs,
 * the pull cursor, and the ledger of records Salesforce refused. An incremental run pulls only what
 * changed into it and assesses every account from it. Every method is one transaction.
 */
public interface SnapshotStore {

    /** Remembers which org a configured name logs in to, so the org's snapshot can be found by name. */
    void recordOrgName(String name, String orgId);

    /** The org a configured name last logged in to, if any run of it got that far. */
    Optional<String> orgIdNamed(String name);

    /** The org's cursor, if a full pull of it ever finished. */
    Optional<SyncCursor> cursor(String org);

    /** Saves the cursor a finished pull ends with, and forgets the org's pull in progress, in one transaction. */
    void saveCursor(String org, SyncCursor cursor);

    /** The org's pull that began and has not finished, if any: the next run goes on with it. */
    Optional<PullProgress> pullInProgress(String org);

    /** Remembers a pull that begins, replacing any pull of the org still in progress. */
    void beginPull(String org, PullProgress pull);

    /**
     * Remembers how far one object of the org's pull in progress has come, once what it says is stored.
     *
     * @param object the object's API name
     */
    void recordPullPosition(String org, String object, PullProgress.Position position);

    /** Stores pulled accounts under a generation; a deleted one is removed. */
    void putAccounts(String org, long generation, List<Pulled<Account>> page);

    /** Stores pulled opportunities under a generation; a deleted one is removed. */
    void putOpportunities(String org, long generation, List<Pulled<Opportunity>> page);

    /** Stores pulled records of a related object (Case, Task, ...) under a generation; a deleted one is removed. */
    void putRecords(String org, FieldSet object, long generation, List<Pulled<FieldValues>> page);

    /** The stored records of a related object, each with the values of its catalog fields. */
    void forEachRecord(String org, FieldSet object, Consumer<FieldValues> sink);

    /** The generation a related object was last pulled in full in, if ever. */
    java.util.OptionalLong relatedPulledIn(String org, String object);

    /** Remembers that a related object was pulled in full in a generation. */
    void recordRelatedPull(String org, String object, long generation);

    /**
     * Ends a full pull: removes the org's records stored under an older generation, which the pull did
     * not see and so are gone from the org.
     *
     * @return how many records were removed
     */
    int removeOlderThan(String org, long generation);

    void forEachAccount(String org, Consumer<Account> sink);

    void forEachOpportunity(String org, Consumer<Opportunity> sink);

    /**
     * Checkpoint after a write: the org now holds these accounts as given (each its stored values with the fields
     * written set), so no later run writes them again; each replaces its stored self.
     */
    void recordWritten(String org, List<Account> written);

    /**
     * Records a run's outcome in the ledger: failures are added or counted again, accounts written are
     * cleared from it.
     */
    void recordOutcome(String org, Instant at, List<WriteFailure> failures, Collection<String> written);

    /** The org's ledger, oldest failure first. */
    List<LedgerEntry> ledger(String org);

    /** The fit the org's last learning run kept for the runs after it, if any (see {@link KeptFit}). */
    Optional<KeptFit> keptFit(String org);

    /** Keeps the fit a run learnt for the org's later runs, in place of the one kept before. */
    void keepFit(String org, KeptFit fit);

    /**
     * Holds the org for one run, so no other run of it (in any process sharing this store) pulls or writes at
     * the same time.
     *
     * @param holder who holds it, for the message another run gets: such as {@code process 4242 on host-1}
     * @throws OrgBusyException when another run holds the org, naming that run and since when
     */
    OrgLock lock(String org, String orgName, String holder, Instant since);
}
