package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.catalog.CustomObjects;
import dev.tiersync.domain.catalog.RestrictedPicklists;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.CustomObject;
import dev.tiersync.domain.fields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TierSync's custom objects of the catalog: each object's file and its custom fields' files. */
final class CustomObjectFiles {

    private CustomObjectFiles() {
    }

    /**
     * Puts every object's files into the project's files by path.
     *
     * @return the custom fields of the objects, for the permission sets
     */
    static List<Field<?>> put(Map<String, String> files, SegmentationConfig rules) {
        List<Field<?>> fields = new ArrayList<>();
        for (CustomObject object : CustomObjects.ALL) {
            String folder = MetadataProject.DEFAULT + "objects/" + object.apiName() + "/";
            files.put(folder + ObjectFile.fileName(object), ObjectFile.of(object));
            for (Field<?> field : object.fields().all()) {
                if (field.isCustom()) {
                    files.put(folder + "fields/" + FieldFile.fileName(field), FieldFile.of(field, RestrictedPicklists.values(field, rules)));
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
