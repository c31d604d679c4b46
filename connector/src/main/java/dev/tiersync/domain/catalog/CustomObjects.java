package dev.tiersync.domain.catalog;

import dev.tiersync.domain.fields.CustomObject;
import java.util.List;

/** TierSync's own custom objects, in the order the metadata generator writes them. */
public final class CustomObjects {

    public static final List<CustomObject> ALL = List.of(SegmentChangeFields.OBJECT);

    private CustomObjects() {
    }
}
