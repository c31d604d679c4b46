package dev.tiersync.salesforce.wsc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A field TierSync reads, by its API name. */
interface ApiField {

    String apiName();

    /** {@code SELECT <every field> FROM <object>}. */
    static String selectAll(ApiField[] fields, String object) {
        return "SELECT " + Arrays.stream(fields).map(ApiField::apiName).collect(Collectors.joining(", ")) + " FROM " + object;
    }
}
