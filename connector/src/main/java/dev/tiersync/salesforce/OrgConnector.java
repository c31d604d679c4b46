package dev.tiersync.salesforce;

/** Opens sessions on a Salesforce org. */
@FunctionalInterface
public interface OrgConnector {

    /**
     * Logs in, under the call policy kept for the org's name.
     *
     * @throws LoginFailedException when the org rejects the credentials
     * @throws SalesforceException for any other failure
     */
    OrgSession open(OrgAccess org);
}
