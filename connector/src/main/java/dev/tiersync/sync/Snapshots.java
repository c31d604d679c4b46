package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.salesforce.AccountUpdate;

/** Helpers the snapshot stores share. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The account as the org holds it after the update was written. */
    public static Account withWritten(Account account, AccountUpdate update) {
        return new Account(account.id(), account.name(), account.industry(), account.annualRevenue(),
                account.numberOfEmployees(), account.billingCountry(), account.type(), account.parentId(),
                account.createdDate(), account.current().withWritten(update.values(), update.changed()), account.pin());
    }
}
