package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.RestrictedPicklists;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.Field;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The whole SFDX project for a set of rules: every file by its path within the project. */
public final class MetadataProject {

    static final String DEFAULT = "force-app/main/default/";
    static final String SFDX_PROJECT = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true
                }
              ],
              "name": "tiersync",
              "namespace": "",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "65.0"
            }
            """;

    private final Map<String, String> files;

    private MetadataProject(Map<String, String> files) {
        this.files = files;
    }

    public static MetadataProject of(SegmentationConfig rules) {
        List<Field<?>> fields = AccountFields.ALL.all().stream().filter(Field::isCustom).toList();
        Map<String, String> files = new TreeMap<>();
        files.put("sfdx-project.json", SFDX_PROJECT);
        for (Field<?> field : fields) {
            files.put(DEFAULT + "objects/" + field.object() + "/fields/" + FieldFile.fileName(field),
                    FieldFile.of(field, RestrictedPicklists.values(field, rules)));
        }
        List<Field<?>> objectFields = CustomObjectFiles.put(files, rules);
        AnalyticsFiles.put(files);
        ListViews.all().forEach((name, xml) -> files.put(DEFAULT + "objects/Account/listViews/" + name + ".listView-meta.xml", xml));
        files.put(DEFAULT + "permissionsets/TierSync_Integration.permissionset-meta.xml", PermissionSets.integration(fields,
                objectFields));
        files.put(DEFAULT + "permissionsets/TierSync_Viewer.permissionset-meta.xml", PermissionSets.viewer(fields, objectFields));
        return new MetadataProject(files);
    }

    /** Every file's content by its path within the project. */
    public Map<String, String> files() {
        return Map.copyOf(files);
    }

    /**
     * Writes the project into a folder, creating it. TierSync's own files are replaced; other files in
     * the folder are left alone.
     */
    public void writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metadata project to " + dir + ": " + e.getMessage(), e);
        }
    }
}
