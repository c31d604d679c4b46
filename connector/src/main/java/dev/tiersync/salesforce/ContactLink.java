package dev.tiersync.salesforce;

import java.util.Objects;

/** A contact and the account it works for. */
public record ContactLink(String contactId, String accountId) {

    public ContactLink {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(accountId, "accountId");
    }
}
