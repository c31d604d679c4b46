package dev.tiersync.scheduler.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.SegmentChangeFields;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segment_Change__c as the generator writes it from the catalog: the object, its fields and the permissions on it. */
class CustomObjectMetadataTest {

    private static final String FOLDER = MetadataProject.DEFAULT + "objects/Segment_Change__c/";
    private final Map<String, String> files = MetadataProject.of(SegmentationConfig.defaults()).files();

    @Test
    void theObjectIsSharedThroughItsAccountAndNamedByAnAutoNumber() {
        String object = files.get(FOLDER + "Segment_Change__c.object-meta.xml");

        assertThat(object).contains("<sharingModel>ControlledByParent</sharingModel>", "<type>AutoNumber</type>",
                "<displayFormat>SC-{000000}</displayFormat>", "<enableReports>true</enableReports>",
                "<pluralLabel>Segment Changes</pluralLabel>");
    }

    @Test
    void everyCustomFieldOfTheCatalogHasAFileAndTheAccountIsAMasterDetailTheCardListsBy() {
        for (Field<?> field : SegmentChangeFields.ALL.all()) {
            if (field.isCustom()) {
                assertThat(files).containsKey(FOLDER + "fields/" + field.apiName() + ".field-meta.xml");
            }
        }
        assertThat(files.get(FOLDER + "fields/Account__c.field-meta.xml")).contains("<type>MasterDetail</type>",
                "<referenceTo>Account</referenceTo>", "<relationshipName>Segment_Changes</relationshipName>");
        assertThat(SegmentChangeFields.ACCOUNT_CHANGES.relatedListName()).isEqualTo("Segment_Changes__r");
    }

    @Test
    void theChangeKeyIsAUniqueExternalIdSoASecondCreateIsRefused() {
        assertThat(files.get(FOLDER + "fields/Change_Key__c.field-meta.xml"))
                .contains("<externalId>true</externalId>", "<unique>true</unique>", "<caseSensitive>false</caseSensitive>");
        assertThat(files.get(FOLDER + "fields/Run_Id__c.field-meta.xml")).contains("<unique>false</unique>");
    }

    @Test
    void theIntegrationCreatesAndDeletesChangesAndTheViewerOnlyReadsThem() {
        String integration = files.get(MetadataProject.DEFAULT + "permissionsets/TierSync_Integration.permissionset-meta.xml");
        String viewer = files.get(MetadataProject.DEFAULT + "permissionsets/TierSync_Viewer.permissionset-meta.xml");

        assertThat(objectPermission(integration)).contains("<allowCreate>true</allowCreate>", "<allowDelete>true</allowDelete>");
        assertThat(objectPermission(viewer)).contains("<allowCreate>false</allowCreate>", "<allowRead>true</allowRead>",
                "<allowEdit>false</allowEdit>");
        assertThat(integration).contains("<editable>true</editable>\n        <field>Segment_Change__c.To_Tier__c</field>");
        assertThat(viewer).contains("<editable>false</editable>\n        <field>Segment_Change__c.To_Tier__c</field>");
        // a master-detail field has no field-level security: naming it would fail the deploy
        assertThat(integration).doesNotContain("Segment_Change__c.Account__c");
        assertThat(viewer).doesNotContain("Segment_Change__c.Account__c");
    }

    private static String objectPermission(String permissionSet) {
        int at = permissionSet.indexOf("<object>Segment_Change__c</object>");
        assertThat(at).as("an object permission on Segment_Change__c").isPositive();
        return permissionSet.substring(permissionSet.lastIndexOf("<objectPermissions>", at), permissionSet.indexOf("</objectPermissions>", at));
    }
}
