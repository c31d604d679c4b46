package dev.tiersync.sync;

import dev.tiersync.salesforce.RecordReader.Channel;

/**
 * What a run pulled from the org.
 *
 * @param full whether everything was pulled, rather than what changed since the last run
 * @param reason why the pull was full or incremental
 * @param accounts accounts pulled (changed ones, when incremental), deletions included
 * @param opportunities opportunities pulled, deletions included
 * @param deleted deleted records seen by an incremental pull
 * @param removed records a full pull found gone from the org and removed from the snapshot
 * @param accountChannel how accounts were pulled
 * @param opportunityChannel how opportunities were pulled
 */
public record PullSummary(boolean full, String reason, int accounts, int opportunities, int deleted, int removed,
                          Channel accountChannel, Channel opportunityChannel) {

    public static final PullSummary NONE = new PullSummary(false, "nothing pulled", 0, 0, 0, 0, Channel.SOAP, Channel.SOAP);
}
