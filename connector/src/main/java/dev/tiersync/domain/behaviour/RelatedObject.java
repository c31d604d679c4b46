package dev.tiersync.domain.behaviour;

/** The objects besides Account and Opportunity that the behaviour rules read, by their API name. */
public enum RelatedObject {
    /** Support cases: the cost to serve. */
    CASES("Case", "cost to serve from cases"),
    /** Calls and emails: engagement. */
    TASKS("Task", "engagement from calls and emails"),
    /** Meetings: engagement. */
    EVENTS("Event", "engagement from meetings"),
    /** Contacts on the account: the buying committee. */
    CONTACTS("Contact", "contacts on the account"),
    /** The contacts on each deal: the buying committee. */
    CONTACT_ROLES("OpportunityContactRole", "contacts per won deal");

    private final String apiName;
    private final String usedFor;

    RelatedObject(String apiName, String usedFor) {
        this.apiName = apiName;
        this.usedFor = usedFor;
    }

    public String apiName() {
        return apiName;
    }

    /** What the rules read it for, for a message when it cannot be read. */
    public String usedFor() {
        return usedFor;
    }
}
