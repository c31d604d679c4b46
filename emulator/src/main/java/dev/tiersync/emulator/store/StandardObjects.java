package dev.tiersync.emulator.store;

import static dev.tiersync.emulator.store.FieldType.BOOLEAN;
import static dev.tiersync.emulator.store.FieldType.CURRENCY;
import static dev.tiersync.emulator.store.FieldType.DATE;
import static dev.tiersync.emulator.store.FieldType.DATETIME;
import static dev.tiersync.emulator.store.FieldType.DOUBLE;
import static dev.tiersync.emulator.store.FieldType.ID;
import static dev.tiersync.emulator.store.FieldType.INT;
import static dev.tiersync.emulator.store.FieldType.PERCENT;
import static dev.tiersync.emulator.store.FieldType.PHONE;
import static dev.tiersync.emulator.store.FieldType.PICKLIST;
import static dev.tiersync.emulator.store.FieldType.REFERENCE;
import static dev.tiersync.emulator.store.FieldType.STRING;
import static dev.tiersync.emulator.store.FieldType.TEXTAREA;
import static dev.tiersync.emulator.store.FieldType.URL;
import static dev.tiersync.emulator.store.FieldDefinition.of;
import static dev.tiersync.emulator.store.FieldDefinition.readOnly;

/**
 * The standard fields of Account, Opportunity and User as a real org's describe lists them (API 65.0,
 * {@link EngagementObjects} for those of contacts, cases and activities;
 * without person accounts, territories or Data.com), in describe's order, with their types, lengths,
 * digits, picklist values and lookups. Compound address fields ({@code BillingAddress}) are left out, as
 * Data Loader leaves them out of its exports.
 */
final class StandardObjects {

    static final String[] LEAD_SOURCES = {"Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"};
    static final String[] GEOCODE_ACCURACY = {"Address", "NearAddress", "Block", "Street", "ExtendedZip", "Zip", "Neighborhood", "City",
        "County", "State", "Unknown"};

    private StandardObjects() {
    }

    static ObjectSchema account() {
        ObjectSchema account = new ObjectSchema("Account", "001")
                .add(readOnly("Id", ID))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(readOnly("MasterRecordId", REFERENCE).referencing("MasterRecord", "Account"))
                .add(of("Name", STRING).withLabel("Account Name").required())
                .add(of("Type", PICKLIST).withLabel("Account Type").withPicklist("Prospect", "Customer - Direct", "Customer - Channel",
                        "Channel Partner / Reseller", "Installation Partner", "Technology Partner", "Other"))
                .add(of("ParentId", REFERENCE).referencing("Parent", "Account"));
        address(account, "Billing");
        address(account, "Shipping");
        return account
                .add(of("Phone", PHONE).withLabel("Account Phone"))
                .add(of("Fax", PHONE).withLabel("Account Fax"))
                .add(of("AccountNumber", STRING).withLength(40))
                .add(of("Website", URL))
                .add(readOnly("PhotoUrl", URL).withLabel("Photo URL"))
                .add(of("Sic", STRING).withLength(20).withLabel("SIC Code"))
                .add(of("Industry", PICKLIST).withPicklist("Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals",
                        "Communications", "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering",
                        "Entertainment", "Environmental", "Finance", "Food & Beverage", "Government", "Healthcare", "Hospitality",
                        "Insurance", "Machinery", "Manufacturing", "Media", "Not For Profit", "Recreation", "Retail", "Shipping",
                        "Technology", "Telecommunications", "Transportation", "Utilities", "Other"))
                .add(of("AnnualRevenue", CURRENCY).withDigits(18, 0))
                .add(of("NumberOfEmployees", INT).withDigits(8, 0).withLabel("Employees"))
                .add(of("Ownership", PICKLIST).withPicklist("Public", "Private", "Subsidiary", "Other"))
                .add(of("TickerSymbol", STRING).withLength(20))
                .add(of("Description", TEXTAREA).withLabel("Account Description"))
                .add(of("Rating", PICKLIST).withLabel("Account Rating").withPicklist("Hot", "Warm", "Cold"))
                .add(of("Site", STRING).withLength(80).withLabel("Account Site"))
                .add(of("OwnerId", REFERENCE).referencing("Owner", "User"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("LastActivityDate", DATE))
                .add(readOnly("LastViewedDate", DATETIME))
                .add(readOnly("LastReferencedDate", DATETIME))
                .add(of("Jigsaw", STRING).withLength(20).withLabel("Data.com Key"))
                .add(readOnly("JigsawCompanyId", STRING).withLength(20))
                .add(of("CleanStatus", PICKLIST).withLength(40).restrictedTo("Matched", "Different", "Acknowledged", "NotFound",
                        "Inactive", "Pending", "SelectMatch", "Skipped"))
                .add(of("AccountSource", PICKLIST).withPicklist(LEAD_SOURCES))
                .add(of("DunsNumber", STRING).withLength(9).withLabel("D-U-N-S Number"))
                .add(of("Tradestyle", STRING).withLength(255))
                .add(of("NaicsCode", STRING).withLength(8).withLabel("NAICS Code"))
                .add(of("NaicsDesc", STRING).withLength(120).withLabel("NAICS Description"))
                .add(of("YearStarted", STRING).withLength(4))
                .add(of("SicDesc", STRING).withLength(80).withLabel("SIC Description"))
                .add(of("DandbCompanyId", REFERENCE).referencing("DandbCompany", "DandBCompany"));
    }

    static ObjectSchema opportunity() {
        return new ObjectSchema("Opportunity", "006")
                .add(readOnly("Id", ID))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(of("AccountId", REFERENCE).referencing("Account", "Account"))
                .add(of("IsPrivate", BOOLEAN).withLabel("Private"))
                .add(of("Name", STRING).withLength(120).required())
                .add(of("Description", TEXTAREA))
                .add(of("StageName", PICKLIST).withLabel("Stage").required().withPicklist("Prospecting", "Qualification", "Needs Analysis",
                        "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review",
                        "Closed Won", "Closed Lost"))
                .add(of("Amount", CURRENCY).withDigits(18, 2))
                .add(of("Probability", PERCENT).withDigits(3, 0).withLabel("Probability (%)"))
                .add(readOnly("ExpectedRevenue", CURRENCY).withDigits(18, 2).withLabel("Expected Amount"))
                .add(of("TotalOpportunityQuantity", DOUBLE).withDigits(18, 2).withLabel("Quantity"))
                .add(of("CloseDate", DATE).required())
                .add(of("Type", PICKLIST).withLabel("Opportunity Type").withPicklist("Existing Customer - Upgrade",
                        "Existing Customer - Replacement", "Existing Customer - Downgrade", "New Customer"))
                .add(of("NextStep", STRING).withLength(255))
                .add(of("LeadSource", PICKLIST).withPicklist(LEAD_SOURCES))
                .add(readOnly("IsClosed", BOOLEAN).withLabel("Closed"))
                .add(readOnly("IsWon", BOOLEAN).withLabel("Won"))
                .add(readOnly("ForecastCategory", PICKLIST).withLength(40).restrictedTo("Omitted", "Pipeline", "BestCase", "MostLikely",
                        "Forecast", "Closed"))
                .add(of("ForecastCategoryName", PICKLIST).withLabel("Forecast Category").withPicklist("Omitted", "Pipeline", "Best Case",
                        "Commit", "Closed"))
                .add(of("CampaignId", REFERENCE).referencing("Campaign", "Campaign"))
                .add(readOnly("HasOpportunityLineItem", BOOLEAN).withLabel("Has Line Item"))
                .add(of("Pricebook2Id", REFERENCE).referencing("Pricebook2", "Pricebook2"))
                .add(of("OwnerId", REFERENCE).referencing("Owner", "User"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("LastActivityDate", DATE))
                .add(readOnly("PushCount", INT).withDigits(9, 0))
                .add(readOnly("LastStageChangeDate", DATETIME))
                .add(readOnly("FiscalQuarter", INT).withDigits(11, 0))
                .add(readOnly("FiscalYear", INT).withDigits(4, 0))
                .add(readOnly("Fiscal", STRING).withLength(6).withLabel("Fiscal Period"))
                .add(of("ContactId", REFERENCE).referencing("Contact", "Contact"))
                .add(readOnly("LastViewedDate", DATETIME))
                .add(readOnly("LastReferencedDate", DATETIME))
                .add(readOnly("HasOpenActivity", BOOLEAN))
                .add(readOnly("HasOverdueTask", BOOLEAN))
                .add(readOnly("LastAmountChangedHistoryId", REFERENCE).referencing("LastAmountChangedHistory", "OpportunityHistory"))
                .add(readOnly("LastCloseDateChangedHistoryId", REFERENCE)
                        .referencing("LastCloseDateChangedHistory", "OpportunityHistory"));
    }

    static ObjectSchema user() {
        return new ObjectSchema("User", "005")
                .add(readOnly("Id", ID))
                .add(of("Username", STRING).withLength(80).required())
                .add(readOnly("Name", STRING).withLength(121).withLabel("Full Name"))
                .add(of("Title", STRING).withLength(80))
                .add(of("Department", STRING).withLength(80))
                .add(of("ManagerId", REFERENCE).referencing("Manager", "User"))
                .add(of("IsActive", BOOLEAN).withLabel("Active"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("IsDeleted", BOOLEAN));
    }

    /** The parts of a compound address, such as {@code BillingStreet} to {@code BillingGeocodeAccuracy}. */
    static void address(ObjectSchema object, String kind) {
        object.add(of(kind + "Street", TEXTAREA).withLength(255))
                .add(of(kind + "City", STRING).withLength(40))
                .add(of(kind + "State", STRING).withLength(80).withLabel(kind + " State/Province"))
                .add(of(kind + "PostalCode", STRING).withLength(20).withLabel(kind + " Zip/Postal Code"))
                .add(of(kind + "Country", STRING).withLength(80))
                .add(of(kind + "Latitude", DOUBLE).withDigits(18, 15))
                .add(of(kind + "Longitude", DOUBLE).withDigits(18, 15))
                .add(of(kind + "GeocodeAccuracy", PICKLIST).withLength(40).restrictedTo(GEOCODE_ACCURACY));
    }
}
