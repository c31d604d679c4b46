package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldKind;
import dev.tiersync.domain.fields.FieldMetadata;
import dev.tiersync.domain.fields.Relationship;
import java.util.List;
import java.util.Optional;

/** A catalog field as a {@code CustomField} source file, elements in the order the Salesforce CLI writes them. */
final class FieldFile {

    private FieldFile() {
    }

    static String fileName(Field<?> field) {
        return field.apiName() + ".field-meta.xml";
    }

    /** @param values the values of a restricted picklist, in display order */
    static String of(Field<?> field, List<String> values) {
        FieldMetadata metadata = field.metadata().orElseThrow(() -> new IllegalArgumentException(field + " is not a custom field"));
        FieldKind kind = field.type().kind();
        XmlDocument xml = XmlDocument.metadata("CustomField").element("fullName", field.apiName());
        Optional<Relationship> master = field.type().master();
        if (master.isPresent()) {
            return masterDetail(xml, metadata, master.get());
        }
        if (metadata.uniqueKey()) {
            xml.element("caseSensitive", "false");
        }
        if (kind == FieldKind.CHECKBOX) {
            xml.element("defaultValue", "false");
        }
        xml.element("description", metadata.description())
                .element("externalId", metadata.uniqueKey())
                .element("inlineHelpText", metadata.help())
                .element("label", metadata.label());
        if (kind == FieldKind.TEXT) {
            xml.element("length", field.type().length());
        }
        if (kind == FieldKind.NUMBER) {
            xml.element("precision", field.type().precision());
        }
        if (kind != FieldKind.CHECKBOX) {
            xml.element("required", "false");
        }
        if (kind == FieldKind.NUMBER) {
            xml.element("scale", field.type().scale());
        }
        xml.element("trackHistory", metadata.trackHistory())
                .element("trackTrending", "false")
                .element("type", typeName(kind));
        if (kind == FieldKind.TEXT || kind == FieldKind.NUMBER) {
            xml.element("unique", metadata.uniqueKey());
        }
        if (kind == FieldKind.PICKLIST) {
            xml.start("valueSet").element("restricted", "true").start("valueSetDefinition").element("sorted", "false");
            for (String value : values) {
                xml.start("value").element("fullName", value).element("default", "false").element("label", value).end();
            }
            xml.end().end();
        }
        return xml.finish();
    }

    /** A master-detail field: the record belongs to its master, whose page lists it under the relationship's label. */
    private static String masterDetail(XmlDocument xml, FieldMetadata metadata, Relationship master) {
        return xml.element("description", metadata.description())
                .element("externalId", "false")
                .element("inlineHelpText", metadata.help())
                .element("label", metadata.label())
                .element("referenceTo", master.parentObject())
                .element("relationshipLabel", master.label())
                .element("relationshipName", master.name())
                .element("relationshipOrder", 0)
                .element("reparentableMasterDetail", "false")
                .element("trackHistory", metadata.trackHistory())
                .element("trackTrending", "false")
                .element("type", "MasterDetail")
                .element("writeRequiresMasterRead", "false")
                .finish();
    }

    /** The Metadata API's name of a field type. */
    static String typeName(FieldKind kind) {
        return switch (kind) {
            case PICKLIST -> "Picklist";
            case TEXT -> "Text";
            case NUMBER -> "Number";
            case CHECKBOX -> "Checkbox";
            case DATE -> "Date";
            case DATETIME -> "DateTime";
            case ID, REFERENCE -> throw new IllegalArgumentException("TierSync defines no " + kind + " fields but master-detail ones");
        };
    }
}
