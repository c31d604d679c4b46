package dev.tiersync.emulator.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sObject types of the emulated org: standard fields with their real types ({@link StandardObjects}),
 * plus the custom fields of the salesforce-metadata project.
 */
public final class Schema {

    private final Map<String, ObjectSchema> objects = new LinkedHashMap<>();
    private final java.util.Set<String> denied = new java.util.HashSet<>();

    private Schema() {
    }

    /** The standard objects with the custom fields found in the salesforce-metadata project. */
    public static Schema standard() {
        Schema schema = new Schema();
        schema.put(StandardObjects.account());
        schema.put(StandardObjects.opportunity());
        schema.put(StandardObjects.user());
        schema.put(EngagementObjects.contact());
        schema.put(EngagementObjects.supportCase());
        schema.put(EngagementObjects.task());
        schema.put(EngagementObjects.event());
        schema.put(EngagementObjects.opportunityContactRole());
        schema.put(CampaignObjects.campaign());
        schema.put(CampaignObjects.campaignMember());
        List<String> customObjects = CustomFieldCatalog.objects();
        for (int i = 0; i < customObjects.size(); i++) {
            schema.put(CustomObjectSchema.of(customObjects.get(i), i));
        }
        CustomFieldCatalog.load().forEach((object, fields) -> {
            ObjectSchema target = schema.object(object).orElseThrow(() -> new IllegalStateException(
                    "salesforce-metadata defines fields on " + object + ", which the emulator does not know"));
            fields.forEach(target::add);
        });
        return schema;
    }

    /**
     * Gives a picklist the values an admin deployed, such as Segment__c's for rules of their own.
     *
     * @throws IllegalArgumentException when the object has no picklist of that name
     */
    public void deployPicklist(String object, String field, java.util.List<String> values) {
        ObjectSchema target = object(object).orElseThrow(() -> new IllegalArgumentException("the org has no object " + object));
        FieldDefinition picklist = target.field(field).filter(f -> f.type() == FieldType.PICKLIST)
                .orElseThrow(() -> new IllegalArgumentException(object + " has no picklist " + field));
        target.replace(picklist.withPicklistValues(values));
    }

    /** Takes an object out of what the API user sees, as a profile without read access to it does. */
    public void deny(String object) {
        if (objects.remove(object.toLowerCase(Locale.ROOT)) == null) {
            throw new IllegalArgumentException("the org has no object " + object + " to deny access to");
        }
        denied.add(object.toLowerCase(Locale.ROOT));
    }

    /** True for an object {@link #deny} took away. */
    public boolean isDenied(String object) {
        return denied.contains(object.toLowerCase(Locale.ROOT));
    }

    public java.util.Collection<ObjectSchema> objects() {
        return objects.values();
    }

    private void put(ObjectSchema object) {
        objects.put(object.name().toLowerCase(Locale.ROOT), object);
    }

    public Optional<ObjectSchema> object(String name) {
        return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The object whose ids start with the given key prefix. */
    public Optional<ObjectSchema> objectForId(String id) {
        return objects.values().stream().filter(o -> id != null && id.startsWith(o.keyPrefix())).findFirst();
    }
}
