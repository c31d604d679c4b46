package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.fields.CustomObject;
import dev.tiersync.domain.fields.ObjectMetadata;

/**
 * A catalog custom object as a {@code CustomObject} source file: an auto-numbered name, sharing controlled by
 * its master, reports and the Bulk API enabled; elements in the order the Salesforce CLI writes them.
 */
final class ObjectFile {

    private ObjectFile() {
    }

    static String fileName(CustomObject object) {
        return object.apiName() + ".object-meta.xml";
    }

    static String of(CustomObject object) {
        ObjectMetadata metadata = object.metadata();
        return XmlDocument.metadata("CustomObject")
                .element("allowInChatterGroups", "false")
                .element("compactLayoutAssignment", "SYSTEM")
                .element("deploymentStatus", "Deployed")
                .element("description", metadata.description())
                .element("enableActivities", "false")
                .element("enableBulkApi", "true")
                .element("enableFeeds", "false")
                .element("enableHistory", "false")
                .element("enableLicensing", "false")
                .element("enableReports", "true")
                .element("enableSearch", "false")
                .element("enableSharing", "true")
                .element("enableStreamingApi", "true")
                .element("externalSharingModel", "ControlledByParent")
                .element("label", metadata.label())
                .start("nameField")
                .element("displayFormat", metadata.nameFormat())
                .element("label", metadata.nameLabel())
                .element("trackHistory", "false")
                .element("type", "AutoNumber")
                .end()
                .element("pluralLabel", metadata.pluralLabel())
                .element("sharingModel", "ControlledByParent")
                .element("visibility", "Public")
                .finish();
    }
}
