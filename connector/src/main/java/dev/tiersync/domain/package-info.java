/**
 * The segmentation domain core: accounts, opportunities, tiers and the rules that compute them.
 *
 * <p>Pure code: no Salesforce client, no Spring, no network or database access. Time comes in as
 * an explicit as-of date, never from the system clock. An ArchUnit test keeps it so.
 */
package dev.tiersync.domain;
