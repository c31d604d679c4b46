package dev.tiersync.emulator.store;

import static dev.tiersync.emulator.store.FieldDefinition.of;
import static dev.tiersync.emulator.store.FieldDefinition.readOnly;
import static dev.tiersync.emulator.store.FieldType.BOOLEAN;
import static dev.tiersync.emulator.store.FieldType.CURRENCY;
import static dev.tiersync.emulator.store.FieldType.DATE;
import static dev.tiersync.emulator.store.FieldType.DATETIME;
import static dev.tiersync.emulator.store.FieldType.DOUBLE;
import static dev.tiersync.emulator.store.FieldType.ID;
import static dev.tiersync.emulator.store.FieldType.INT;
import static dev.tiersync.emulator.store.FieldType.PICKLIST;
import static dev.tiersync.emulator.store.FieldType.REFERENCE;
import static dev.tiersync.emulator.store.FieldType.STRING;
import static dev.tiersync.emulator.store.FieldType.TEXTAREA;

/**
 * Campaign and CampaignMember as a real org's describe lists their main fields (API 65.0): the campaign's name, type,
 * status, dates and active flag; a member's campaign, contact or lead, and status.
 */
final class CampaignObjects {

    private CampaignObjects() {
    }

    static ObjectSchema campaign() {
        return new ObjectSchema("Campaign", "701")
                .add(readOnly("Id", ID).withLabel("Campaign ID"))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(of("Name", STRING).withLength(80).withLabel("Campaign Name").required())
                .add(of("ParentId", REFERENCE).withLabel("Parent Campaign ID").referencing("Parent", "Campaign"))
                .add(of("Type", PICKLIST).withPicklist("Conference", "Webinar", "Trade Show", "Public Relations", "Partners",
                        "Referral Program", "Advertisement", "Banner Ads", "Direct Mail", "Email", "Telemarketing", "Other"))
                .add(of("Status", PICKLIST).withPicklist("Planned", "In Progress", "Completed", "Aborted"))
                .add(of("StartDate", DATE))
                .add(of("EndDate", DATE))
                .add(of("ExpectedRevenue", CURRENCY).withDigits(18, 0).withLabel("Expected Revenue in Campaign"))
                .add(of("BudgetedCost", CURRENCY).withDigits(18, 0).withLabel("Budgeted Cost in Campaign"))
                .add(of("ActualCost", CURRENCY).withDigits(18, 0).withLabel("Actual Cost in Campaign"))
                .add(of("ExpectedResponse", DOUBLE).withDigits(8, 2).withLabel("Expected Response (%)"))
                .add(of("NumberSent", DOUBLE).withDigits(18, 0).withLabel("Num Sent in Campaign"))
                .add(of("IsActive", BOOLEAN).withLabel("Active"))
                .add(of("Description", TEXTAREA))
                .add(readOnly("NumberOfContacts", INT).withDigits(9, 0).withLabel("Contacts in Campaign"))
                .add(of("OwnerId", REFERENCE).withLabel("Owner ID").referencing("Owner", "User"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("LastActivityDate", DATE));
    }

    static ObjectSchema campaignMember() {
        return new ObjectSchema("CampaignMember", "00v")
                .add(readOnly("Id", ID).withLabel("Campaign Member ID"))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(of("CampaignId", REFERENCE).withLabel("Campaign ID").referencing("Campaign", "Campaign").required())
                .add(of("LeadId", REFERENCE).withLabel("Lead ID").referencing("Lead", "Lead"))
                .add(of("ContactId", REFERENCE).withLabel("Contact ID").referencing("Contact", "Contact"))
                .add(of("Status", PICKLIST).withPicklist("Planned", "Received", "Responded", "Sent"))
                .add(readOnly("HasResponded", BOOLEAN).withLabel("Responded"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME));
    }
}
