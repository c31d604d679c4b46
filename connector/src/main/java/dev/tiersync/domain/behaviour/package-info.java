/**
 * What a CRM records of an account's relationship besides its deals: support cases, activities (calls,
 * emails, meetings), contacts and the contacts on its deals, and the metrics the rules read from them.
 * Which objects an org let TierSync read is part of the data: a rule whose object is missing is skipped.
 */
package dev.tiersync.domain.behaviour;
