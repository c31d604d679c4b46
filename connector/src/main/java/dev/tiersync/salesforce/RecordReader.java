package dev.tiersync.salesforce;

import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import java.util.List;

/**
 * Streams Accounts, Opportunities and the related objects the rules read a page at a time, so memory does not grow with the org. Pages
 * arrive in id order (a Bulk chunk at a time), and the sink hears how far the pull has come
 * ({@link PageSink#deliveredThrough}), so a pull that stops part-way can go on from there ({@link PullScope#after}).
 */
public interface RecordReader {

    /** @return the route the records came by */
    default Route pullAccounts(PullScope scope, PageSink<Account> pages) {
        return pullAccounts(scope, List.of(), pages);
    }

    /**
     * Accounts with the values of the org's own fields the rules name ({@link Account#orgFields()}) beside the catalog's.
     *
     * @param orgFields API names of Account fields, each checked against {@link #readableFields(String)} first
     * @return the route the records came by
     */
    Route pullAccounts(PullScope scope, List<String> orgFields, PageSink<Account> pages);

    /**
     * The fields of an object the API user can read, by API name, compared without case: what describe of the object
     * lists (field-level security leaves out the fields the user may not read). One call.
     */
    java.util.Set<String> readableFields(String object);

    Route pullOpportunities(PullScope scope, PageSink<Opportunity> pages);

    /**
     * Streams the given fields of any object the same way: SOAP pages, or the Bulk API above the threshold,
     * {@code queryAll} with deletions when incremental. The field set holds {@code Id}, {@code SystemModstamp}
     * and {@code IsDeleted}.
     *
     * @throws SalesforceRequestException when the org refuses the query (the object or a field is unknown to the user)
     */
    Route pullRecords(FieldSet fields, PullScope scope, PageSink<FieldValues> pages);

    /** The lowest, or with {@code last} the highest, id of the object the scope matches; empty when none. One call. */
    java.util.Optional<String> edgeId(String object, PullScope scope, boolean last);

    /** The objects the API user can query, by API name: what describe lists as queryable. One call. */
    java.util.Set<String> queryableObjects();
}
