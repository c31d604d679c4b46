package dev.tiersync.domain.segments;

import java.util.Objects;
import java.util.Optional;

/**
 * A campaign audience the rules ask for: a Campaign named {@code TierSync: <segment>} whose members are the contacts
 * of the segment's accounts, or only those who hold a role on an opportunity when the rules name one.
 *
 * @param segment the segment's name, as the rules give it
 * @param contactRole the opportunity contact role a contact must hold (such as {@code Decision Maker}); null for all
 */
public record Audience(String segment, String contactRole) {

    public static final String CAMPAIGN_PREFIX = "TierSync: ";
    /** Salesforce's limit for Campaign.Name. */
    public static final int MAX_CAMPAIGN_NAME = 80;

    public Audience {
        Objects.requireNonNull(segment, "segment");
        if (contactRole != null && contactRole.isBlank()) {
            contactRole = null;
        }
        if ((CAMPAIGN_PREFIX + segment).length() > MAX_CAMPAIGN_NAME) {
            throw new IllegalArgumentException("segments: '" + segment + "' is too long for a campaign name ("
                    + MAX_CAMPAIGN_NAME + " characters with '" + CAMPAIGN_PREFIX + "'); shorten it or drop its campaign");
        }
    }

    /** The campaign's name, such as {@code TierSync: Strategic Enterprise}. */
    public String campaignName() {
        return CAMPAIGN_PREFIX + segment;
    }

    public Optional<String> role() {
        return Optional.ofNullable(contactRole);
    }
}
