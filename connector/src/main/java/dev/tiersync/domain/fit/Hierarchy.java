package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;
import java.util.HashSet;
import java.util.Set;

/** Where an account sits in its corporate family: a subsidiary has a parent; a parent has subsidiaries. */
public enum Hierarchy {
    SUBSIDIARY("Subsidiary"),
    PARENT("Parent company"),
    STANDALONE("Standalone");

    private final String label;

    Hierarchy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A subsidiary when it has a parent (even if it has subsidiaries of its own), else a parent when it has subsidiaries. */
    public static Hierarchy of(String parentId, boolean hasSubsidiaries) {
        if (parentId != null && !parentId.isBlank()) {
            return SUBSIDIARY;
        }
        return hasSubsidiaries ? PARENT : STANDALONE;
    }

    /** The ids that some account names as its parent. */
    public static Set<String> parentIdsOf(Iterable<Account> accounts) {
        Set<String> parents = new HashSet<>();
        for (Account account : accounts) {
            if (account.parentId() != null && !account.parentId().isBlank()) {
                parents.add(account.parentId());
            }
        }
        return parents;
    }
}
