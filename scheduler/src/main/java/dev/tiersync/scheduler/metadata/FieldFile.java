package dev.tiersync.scheduler.metadata;

/** A field as a {@code CustomField} source file, elements in the order the Salesforce CLI writes them. */
final class FieldFile {

    private FieldFile() {
    }

    static String of(FieldSpec field) {
        XmlDocument xml = XmlDocument.metadata("CustomField").element("fullName", field.apiName());
        if (field.type() == FieldType.CHECKBOX) {
            xml.element("defaultValue", "false");
        }
        xml.element("description", field.description())
                .element("externalId", "false")
                .element("inlineHelpText", field.help())
                .element("label", field.label());
        if (field.type() == FieldType.TEXT) {
            xml.element("length", field.length());
        }
        if (field.type() == FieldType.NUMBER) {
            xml.element("precision", field.precision());
        }
        if (field.type() != FieldType.CHECKBOX) {
            xml.element("required", "false");
        }
        if (field.type() == FieldType.NUMBER) {
            xml.element("scale", field.scale());
        }
        xml.element("trackHistory", field.trackHistory())
                .element("trackTrending", "false")
                .element("type", field.type().metadataName());
        if (field.type() == FieldType.TEXT || field.type() == FieldType.NUMBER) {
            xml.element("unique", "false");
        }
        if (field.type() == FieldType.PICKLIST) {
            xml.start("valueSet").element("restricted", "true").start("valueSetDefinition").element("sorted", "false");
            for (String value : field.values()) {
                xml.start("value").element("fullName", value).element("default", "false").element("label", value).end();
            }
            xml.end().end();
        }
        return xml.finish();
    }
}
