/**
 * TierSync's field catalog: every field of its contract with an org, declared once
 * ({@link dev.tiersync.domain.catalog.AccountFields}, {@link dev.tiersync.domain.catalog.OpportunityFields}),
 * how each value TierSync writes is computed ({@link dev.tiersync.domain.catalog.AccountValueRules}), and the
 * one mapping between the domain's records and their field values ({@link dev.tiersync.domain.catalog.Records}).
 * The adapter's queries and updates, the snapshot's columns, the diff, the reports and the metadata
 * generator all derive from it.
 */
package dev.tiersync.domain.catalog;
