package dev.tiersync.scheduler.metadata;

/** The Metadata API field types TierSync uses. */
enum FieldType {
    PICKLIST("Picklist"),
    TEXT("Text"),
    NUMBER("Number"),
    CHECKBOX("Checkbox"),
    DATE("Date"),
    DATETIME("DateTime");

    private final String metadataName;

    FieldType(String metadataName) {
        this.metadataName = metadataName;
    }

    String metadataName() {
        return metadataName;
    }
}
