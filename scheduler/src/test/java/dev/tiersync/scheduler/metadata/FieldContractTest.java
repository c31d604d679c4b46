package dev.tiersync.scheduler.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.domain.fields.FieldKind;
import dev.tiersync.salesforce.FieldRequirement;
import dev.tiersync.salesforce.wsc.WscFieldContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every custom field the sync reads or writes exists in the project with a compatible type, and the picklists fit the rules. */
class FieldContractTest {

    private static final Map<FieldKind, Set<String>> COMPATIBLE = Map.of(
            FieldKind.PICKLIST, Set.of("Picklist"),
            FieldKind.TEXT, Set.of("Text", "TextArea", "LongTextArea"),
            FieldKind.NUMBER, Set.of("Number", "Currency", "Percent"),
            FieldKind.CHECKBOX, Set.of("Checkbox"),
            FieldKind.DATE, Set.of("Date"),
            FieldKind.DATETIME, Set.of("DateTime"));

    private final SegmentationConfig rules = SegmentationConfig.defaults();
    private final Map<String, String> files = MetadataProject.of(rules).files();

    @Test
    void everyCustomFieldTheSyncUsesExistsWithACompatibleTypeAndLength() throws Exception {
        List<FieldRequirement> custom = WscFieldContract.requirements().stream().filter(FieldRequirement::isCustom).toList();
        assertThat(custom).extracting(FieldRequirement::apiName).contains("Tier__c", "Segment_Reasons__c", "Value_Score__c");

        for (FieldRequirement required : custom) {
            Element field = field(required.apiName());
            assertThat(COMPATIBLE.get(required.kind())).as(required.apiName()).contains(text(field, "type"));
            if (required.minLength() > 0) {
                assertThat(Integer.parseInt(text(field, "length"))).as(required.apiName()).isGreaterThanOrEqualTo(required.minLength());
            }
        }
    }

    @Test
    void theValueScoreFieldHoldsOneHundredWithOneDecimal() throws Exception {
        Element field = field("Value_Score__c");

        assertThat(Integer.parseInt(text(field, "precision")) - Integer.parseInt(text(field, "scale"))).isGreaterThanOrEqualTo(3);
        assertThat(text(field, "scale")).isEqualTo("1");
    }

    @Test
    void everyPicklistHoldsExactlyTheValuesTheRulesCanProduce() throws Exception {
        List<String> tiers = Arrays.stream(Tier.values()).map(Tier::picklistValue).toList();
        for (String tierField : List.of("Tier__c", "Model_Tier__c", "Previous_Tier__c", "Tier_Override__c")) {
            assertThat(values(tierField)).as(tierField).containsExactlyElementsOf(tiers);
        }
        assertThat(values("Size_Band__c")).containsExactlyElementsOf(Arrays.stream(SizeBand.values()).map(SizeBand::picklistValue).toList());
        assertThat(values("Region__c")).containsExactlyElementsOf(Arrays.stream(Region.values()).map(Region::picklistValue).toList());
        assertThat(values("Churn_Risk__c")).containsExactlyElementsOf(Arrays.stream(ChurnRisk.values()).map(ChurnRisk::picklistValue).toList());
        assertThat(values("Segment__c")).containsExactlyElementsOf(rules.segments().segments().stream().map(SegmentDefinition::name).toList());
    }

    @Test
    void onlyTierKeepsHistory() throws Exception {
        for (String name : files.keySet()) {
            if (name.startsWith(MetadataProject.DEFAULT + "objects/Account/fields/") && name.endsWith(".field-meta.xml")) {
                String apiName = name.substring(name.lastIndexOf('/') + 1).replace(".field-meta.xml", "");
                assertThat(text(field(apiName), "trackHistory")).as(apiName).isEqualTo(apiName.equals("Tier__c") ? "true" : "false");
            }
        }
    }

    @Test
    void noFieldOfTheSegmentChangesKeepsHistory() {
        files.forEach((name, xml) -> {
            if (name.contains("/objects/Segment_Change__c/fields/")) {
                assertThat(xml).as(name).contains("<trackHistory>false</trackHistory>");
            }
        });
    }

    @Test
    void theIntegrationMayEditTierSyncsFieldsButNotTheRepsPins() {
        String integration = files.get(MetadataProject.DEFAULT + "permissionsets/TierSync_Integration.permissionset-meta.xml");
        String viewer = files.get(MetadataProject.DEFAULT + "permissionsets/TierSync_Viewer.permissionset-meta.xml");

        assertThat(integration).contains("<name>ApiEnabled</name>")
                .contains("<editable>true</editable>\n        <field>Account.Tier__c</field>")
                .contains("<editable>false</editable>\n        <field>Account.Tier_Override__c</field>");
        assertThat(viewer).contains("<editable>true</editable>\n        <field>Account.Tier_Override__c</field>")
                .contains("<editable>false</editable>\n        <field>Account.Tier__c</field>")
                .doesNotContain("ApiEnabled");
    }

    private Element field(String apiName) throws Exception {
        String xml = files.get(MetadataProject.DEFAULT + "objects/Account/fields/" + apiName + ".field-meta.xml");
        assertThat(xml).as("the project defines " + apiName).isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private List<String> values(String apiName) throws Exception {
        Element field = field(apiName);
        assertThat(text(field, "restricted")).as(apiName + " is restricted").isEqualTo("true");
        NodeList values = field.getElementsByTagNameNS("*", "value");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.getLength(); i++) {
            names.add(text((Element) values.item(i), "fullName"));
        }
        return names;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
