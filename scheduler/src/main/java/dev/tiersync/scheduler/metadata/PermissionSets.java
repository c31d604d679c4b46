package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import java.util.List;
import java.util.stream.Stream;

/** The two permission sets: one for the integration user, one for the people who read TierSync's fields. */
final class PermissionSets {

    /** Standard fields the sync reads, where field-level security applies (required and system fields have none). */
    static final List<String> STANDARD_FIELDS_READ = Stream.concat(AccountFields.ALL.all().stream(),
                    OpportunityFields.ALL.all().stream())
            .filter(field -> !field.isCustom() && field.permissionName().isPresent())
            .map(field -> field.object() + "." + field.permissionName().orElseThrow())
            .toList();

    private PermissionSets() {
    }

    /** API access; read of what the sync queries; edit of TierSync's fields only (the reps' pins are read, never written). */
    static String integration(List<Field<?>> fields, List<Field<?>> objectFields) {
        XmlDocument xml = XmlDocument.metadata("PermissionSet")
                .element("description", "For the TierSync integration user: API access, read of the Account, Opportunity, "
                        + "Case and Contact records the sync queries, edit of TierSync's own Account fields and nothing else.");
        java.util.Map<String, Boolean> editable = new java.util.TreeMap<>();
        fields.forEach(field -> editable.put(field.object() + "." + field.apiName(), field.role().writtenBySync()));
        STANDARD_FIELDS_READ.forEach(field -> editable.put(field, false));
        securable(objectFields).forEach(field -> editable.put(field.object() + "." + field.apiName(), field.role().writtenBySync()));
        editable.forEach((field, edit) -> fieldPermission(xml, field, edit));
        xml.element("hasActivationRequired", "false").element("label", "TierSync Integration");
        objectPermission(xml, "Account", true, true);
        // campaign audiences: the campaigns TierSync keeps and their members (the user needs Marketing User too)
        xml.start("objectPermissions")
                .element("allowCreate", "true")
                .element("allowDelete", "false")
                .element("allowEdit", "true")
                .element("allowRead", "true")
                .element("modifyAllRecords", "false")
                .element("object", "Campaign")
                .element("viewAllRecords", "true")
                .end();
        objectPermission(xml, "Contact", false, true);
        objectPermission(xml, "Opportunity", false, true);
        // the behaviour rules' objects (issue 18): contact roles come with Opportunity, activities with sharing
        objectPermission(xml, "Case", false, true);
        objectPermission(xml, "Contact", false, true);
        objects(objectFields).forEach(object -> xml.start("objectPermissions")
                .element("allowCreate", "true")
                .element("allowDelete", "true")
                .element("allowEdit", "true")
                .element("allowRead", "true")
                .element("modifyAllRecords", "true")
                .element("object", object)
                .element("viewAllRecords", "true")
                .end());
        return xml.start("userPermissions").element("enabled", "true").element("name", "ApiEnabled").end().finish();
    }

    /** Read of TierSync's fields; edit of the pin fields, so reps can pin a tier. */
    static String viewer(List<Field<?>> fields, List<Field<?>> objectFields) {
        XmlDocument xml = XmlDocument.metadata("PermissionSet")
                .element("description", "For sales reps and marketers: read TierSync's tier, segment and flags on Account, "
                        + "and pin a tier with Tier Override, Tier Override Until and Tier Override Reason.");
        fields.stream().sorted(java.util.Comparator.comparing(Field::apiName))
                .forEach(field -> fieldPermission(xml, field.object() + "." + field.apiName(), field.role() == FieldRole.PIN));
        securable(objectFields).stream().sorted(java.util.Comparator.comparing((Field<?> field) -> field.object())
                        .thenComparing(Field::apiName))
                .forEach(field -> fieldPermission(xml, field.object() + "." + field.apiName(), false));
        xml.element("hasActivationRequired", "false").element("label", "TierSync Viewer");
        objectPermission(xml, "Account", true, false);
        objects(objectFields).forEach(object -> objectPermission(xml, object, false, false));
        return xml.finish();
    }

    /** The fields of TierSync's objects that field-level security applies to: a master-detail field has none. */
    private static List<Field<?>> securable(List<Field<?>> objectFields) {
        return objectFields.stream().filter(field -> field.isCustom() && field.type().master().isEmpty()).toList();
    }

    private static java.util.SortedSet<String> objects(List<Field<?>> objectFields) {
        return objectFields.stream().map(Field::object).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static void fieldPermission(XmlDocument xml, String field, boolean editable) {
        xml.start("fieldPermissions").element("editable", editable).element("field", field).element("readable", "true").end();
    }

    /**
     * @param edit whether records may be edited
     * @param all whether every record is visible (and, with edit, editable) whatever the sharing rules:
     *     the integration must see and update every account
     */
    private static void objectPermission(XmlDocument xml, String object, boolean edit, boolean all) {
        xml.start("objectPermissions")
                .element("allowCreate", "false")
                .element("allowDelete", "false")
                .element("allowEdit", edit)
                .element("allowRead", "true")
                .element("modifyAllRecords", edit && all)
                .element("object", object)
                .element("viewAllRecords", all)
                .end();
    }
}
