package dev.tiersync.sync;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.salesforce.RecordReader;
import dev.tiersync.salesforce.SalesforceRequestException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The org's own Account fields the rules name ({@code segments[n].org-fields}), as the pull reads them: checked
 * against describe before anything is pulled, selected beside the catalog's fields, and pulled whole once when the
 * rules name a field the snapshot does not hold yet (an incremental pull would bring it only for accounts that
 * changed). Which fields a full pull brought is kept with the related objects' pulls, as {@code Account.<API name>}.
 *
 * @param names the fields' API names
 * @param keyOf the rules key that names a field, such as {@code tiersync.segmentation.segments[0].org-fields.Rating}
 */
record OrgFieldPull(List<String> names, Function<String, String> keyOf) {

    static final OrgFieldPull NONE = new OrgFieldPull(List.of(), name -> name);
    /** The code of the run's error when the rules name a field the API user cannot read. */
    static final String UNKNOWN_FIELD = "INVALID_FIELD";

    OrgFieldPull {
        names = List.copyOf(names);
    }

    /**
     * These fields as describe spells them (the rules may write {@code rating} for {@code Rating}; the API answers by the
     * field's own spelling).
     *
     * @throws SalesforceRequestException naming the key and the field when the org has no such Account field or the API
     *     user cannot read it
     */
    OrgFieldPull checked(RecordReader org) {
        if (names.isEmpty()) {
            return this;
        }
        String object = AccountFields.ALL.object();
        Set<String> readable = org.readableFields(object);
        List<String> spelled = new java.util.ArrayList<>(names.size());
        for (String name : names) {
            Optional<String> found = readable.stream().filter(name::equalsIgnoreCase).findFirst();
            spelled.add(found.orElse(name));
            if (found.isEmpty()) {
                throw new SalesforceRequestException(UNKNOWN_FIELD, keyOf.apply(name) + ": the org has no " + object + " field "
                        + name + " that the API user can read; check its API name in describe (Object Manager > " + object
                        + " > Fields & Relationships) or give the user read access to it", null);
            }
        }
        return new OrgFieldPull(spelled, keyOf);
    }

    /** The fields no full pull of this generation brought, if any. */
    Optional<List<String>> notPulledIn(SnapshotStore store, String org, long generation) {
        List<String> missing = names.stream().filter(name -> {
            OptionalLong pulledIn = store.relatedPulledIn(org, recordName(name));
            return pulledIn.isEmpty() || pulledIn.getAsLong() != generation;
        }).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
    }

    /** Records that a full pull of this generation brought every field. */
    void recordPulled(SnapshotStore store, String org, long generation) {
        names.forEach(name -> store.recordRelatedPull(org, recordName(name), generation));
    }

    private static String recordName(String name) {
        return AccountFields.ALL.object() + "." + name;
    }
}
