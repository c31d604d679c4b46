/**
 * Generates the salesforce-metadata SFDX project from the rules in force: TierSync's custom fields on
 * Account with picklists of exactly the values the rules can produce, the permission sets and the
 * list views. The committed project is this generator's output for the default rules.
 */
package dev.tiersync.scheduler.metadata;
