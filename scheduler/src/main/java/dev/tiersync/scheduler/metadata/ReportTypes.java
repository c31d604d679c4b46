package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.SegmentChangeFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom report types marketers build TierSync reports on, by name: Accounts with TierSync's fields, and
 * Accounts with their Segment Changes. Their columns are the catalog's fields, so a new TierSync field shows up in
 * both.
 */
final class ReportTypes {

    static final String ACCOUNTS = "TierSync_Accounts";
    static final String ACCOUNTS_WITH_CHANGES = "TierSync_Accounts_With_Segment_Changes";
    /** The standard Account fields both types offer beside TierSync's. */
    static final List<String> STANDARD_COLUMNS = List.of("Name", "Owner", "Type", "Industry", "AnnualRevenue", "NumberOfEmployees");

    private ReportTypes() {
    }

    /** How a report names a column of one of these types: {@code Account$Tier__c}, {@code Account.Segment_Changes__r$To_Tier__c}. */
    static String column(Field<?> field) {
        return table(field) + "$" + field.apiName();
    }

    static String accountColumn(String apiName) {
        return "Account$" + apiName;
    }

    static Map<String, String> all() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put(ACCOUNTS, type("Accounts with TierSync fields", "Accounts with TierSync's tier, segment, churn risk, "
                + "upsell flag, reasons and pins, for reports on them.", false));
        types.put(ACCOUNTS_WITH_CHANGES, type("Accounts with Segment Changes", "Accounts with the Segment Change records "
                + "TierSync created for them: each change of tier, segment, churn risk or upsell flag, and when.", true));
        return types;
    }

    private static String type(String label, String description, boolean withChanges) {
        XmlDocument xml = XmlDocument.metadata("ReportType")
                .element("baseObject", "Account")
                .element("category", "accounts")
                .element("deployed", "true")
                .element("description", description);
        if (withChanges) {
            xml.start("join").element("outerJoin", "false")
                    .element("relationship", SegmentChangeFields.ACCOUNT_CHANGES.relatedListName()).end();
        }
        xml.element("label", label);
        xml.start("sections");
        STANDARD_COLUMNS.forEach(name -> columnElement(xml, name, "Account"));
        AccountFields.ALL.all().stream().filter(Field::isCustom).filter(field -> field.role() != FieldRole.SYSTEM)
                .forEach(field -> columnElement(xml, field.apiName(), "Account"));
        xml.element("masterLabel", "Accounts").end();
        if (withChanges) {
            xml.start("sections");
            SegmentChangeFields.ALL.all().stream().filter(Field::isCustom).filter(field -> field.type().master().isEmpty())
                    .forEach(field -> columnElement(xml, field.apiName(), table(field)));
            xml.element("masterLabel", SegmentChangeFields.OBJECT.metadata().pluralLabel()).end();
        }
        return xml.finish();
    }

    private static void columnElement(XmlDocument xml, String field, String table) {
        xml.start("columns").element("checkedByDefault", "true").element("field", field).element("table", table).end();
    }

    private static String table(Field<?> field) {
        return field.object().equals(SegmentChangeFields.ALL.object())
                ? "Account." + SegmentChangeFields.ACCOUNT_CHANGES.relatedListName() : field.object();
    }
}
