package dev.tiersync.salesforce;

/** The org's API requests used today and its daily limit, as the last answer reported them. */
public record ApiUsage(int used, int limit) {
}
