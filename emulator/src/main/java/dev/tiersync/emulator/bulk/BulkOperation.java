package dev.tiersync.emulator.bulk;

/** One Bulk API 1.0 resource and method: answers a request routed to it by {@link BulkRoutes}. */
@FunctionalInterface
interface BulkOperation {

    /** @throws BulkException to answer with a Bulk {@code <error>} */
    BulkAnswer handle(BulkRequest request);
}
