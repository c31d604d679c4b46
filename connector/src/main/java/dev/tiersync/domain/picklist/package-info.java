/**
 * The vocabulary of restricted picklists: what every enum TierSync writes to a picklist has in common.
 * A leaf of the domain: it depends on nothing else in it.
 */
package dev.tiersync.domain.picklist;
