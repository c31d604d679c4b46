package dev.tiersync.emulator.store;

import static dev.tiersync.emulator.store.FieldDefinition.of;
import static dev.tiersync.emulator.store.FieldDefinition.readOnly;
import static dev.tiersync.emulator.store.FieldType.BOOLEAN;
import static dev.tiersync.emulator.store.FieldType.COMBOBOX;
import static dev.tiersync.emulator.store.FieldType.DATE;
import static dev.tiersync.emulator.store.FieldType.DATETIME;
import static dev.tiersync.emulator.store.FieldType.EMAIL;
import static dev.tiersync.emulator.store.FieldType.ID;
import static dev.tiersync.emulator.store.FieldType.INT;
import static dev.tiersync.emulator.store.FieldType.PHONE;
import static dev.tiersync.emulator.store.FieldType.PICKLIST;
import static dev.tiersync.emulator.store.FieldType.REFERENCE;
import static dev.tiersync.emulator.store.FieldType.STRING;
import static dev.tiersync.emulator.store.FieldType.TEXTAREA;
import static dev.tiersync.emulator.store.FieldType.URL;

/**
 * The standard fields of the objects a CRM records its relationship with an account in, as a real
 * org's describe lists them (API 65.0): Contact, Case, Task, Event and OpportunityContactRole, with
 * their types, lengths, the picklist values of a new org, and the lookups between them
 * ({@code WhoId} to a contact or lead, {@code WhatId} to an account, opportunity or case, and the
 * {@code AccountId} an activity takes from them).
 */
final class EngagementObjects {

    static final String[] ACTIVITY_TYPES = {"Call", "Email", "Meeting", "Other"};
    static final String[] WHAT = {"Account", "Opportunity", "Case", "Campaign", "Contract", "Order", "Product2", "Asset"};

    private EngagementObjects() {
    }

    static ObjectSchema contact() {
        ObjectSchema contact = new ObjectSchema("Contact", "003")
                .add(readOnly("Id", ID))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(readOnly("MasterRecordId", REFERENCE).referencing("MasterRecord", "Contact"))
                .add(of("AccountId", REFERENCE).withLabel("Account ID").referencing("Account", "Account"))
                .add(of("LastName", STRING).withLength(80).required())
                .add(of("FirstName", STRING).withLength(40))
                .add(of("Salutation", PICKLIST).withLength(40).withPicklist("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx."))
                .add(readOnly("Name", STRING).withLength(121).withLabel("Full Name"));
        StandardObjects.address(contact, "Other");
        StandardObjects.address(contact, "Mailing");
        return contact
                .add(of("Phone", PHONE).withLabel("Business Phone"))
                .add(of("Fax", PHONE).withLabel("Business Fax"))
                .add(of("MobilePhone", PHONE))
                .add(of("HomePhone", PHONE))
                .add(of("OtherPhone", PHONE))
                .add(of("AssistantPhone", PHONE).withLabel("Asst. Phone"))
                .add(of("ReportsToId", REFERENCE).referencing("ReportsTo", "Contact"))
                .add(of("Email", EMAIL))
                .add(of("Title", STRING).withLength(128))
                .add(of("Department", STRING).withLength(80))
                .add(of("AssistantName", STRING).withLength(40).withLabel("Assistant's Name"))
                .add(of("LeadSource", PICKLIST).withPicklist(StandardObjects.LEAD_SOURCES))
                .add(of("Birthdate", DATE))
                .add(of("Description", TEXTAREA).withLabel("Contact Description"))
                .add(of("OwnerId", REFERENCE).referencing("Owner", "User"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("LastActivityDate", DATE))
                .add(readOnly("LastCURequestDate", DATETIME).withLabel("Last Stay-in-Touch Request Date"))
                .add(readOnly("LastCUUpdateDate", DATETIME).withLabel("Last Stay-in-Touch Save Date"))
                .add(readOnly("LastViewedDate", DATETIME))
                .add(readOnly("LastReferencedDate", DATETIME))
                .add(of("EmailBouncedReason", STRING).withLength(255))
                .add(of("EmailBouncedDate", DATETIME))
                .add(readOnly("IsEmailBounced", BOOLEAN))
                .add(readOnly("PhotoUrl", URL).withLabel("Photo URL"))
                .add(of("Jigsaw", STRING).withLength(20).withLabel("Data.com Key"))
                .add(readOnly("JigsawContactId", STRING).withLength(20))
                .add(of("CleanStatus", PICKLIST).withLength(40).restrictedTo("Matched", "Different", "Acknowledged", "NotFound",
                        "Inactive", "Pending", "SelectMatch", "Skipped"))
                .add(of("IndividualId", REFERENCE).referencing("Individual", "Individual"));
    }

    static ObjectSchema supportCase() {
        return new ObjectSchema("Case", "500")
                .add(readOnly("Id", ID).withLabel("Case ID"))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(readOnly("MasterRecordId", REFERENCE).referencing("MasterRecord", "Case"))
                .add(readOnly("CaseNumber", STRING).withLength(30))
                .add(of("ContactId", REFERENCE).withLabel("Contact ID").referencing("Contact", "Contact"))
                .add(of("AccountId", REFERENCE).withLabel("Account ID").referencing("Account", "Account"))
                .add(of("AssetId", REFERENCE).withLabel("Asset ID").referencing("Asset", "Asset"))
                .add(of("ParentId", REFERENCE).withLabel("Parent Case ID").referencing("Parent", "Case"))
                .add(of("SuppliedName", STRING).withLength(80).withLabel("Web Name"))
                .add(of("SuppliedEmail", EMAIL).withLabel("Web Email"))
                .add(of("SuppliedPhone", STRING).withLength(40).withLabel("Web Phone"))
                .add(of("SuppliedCompany", STRING).withLength(80).withLabel("Web Company"))
                .add(of("Type", PICKLIST).withLabel("Case Type").withPicklist("Mechanical", "Electrical", "Electronic", "Structural", "Other"))
                .add(of("Status", PICKLIST).withPicklist("New", "Working", "Escalated", "Closed"))
                .add(of("Reason", PICKLIST).withLabel("Case Reason").withPicklist("Installation", "Equipment Complexity", "Performance",
                        "Breakdown", "Equipment Design", "Feedback", "Other"))
                .add(of("Origin", PICKLIST).withLabel("Case Origin").withPicklist("Phone", "Email", "Web"))
                .add(of("Subject", STRING).withLength(255))
                .add(of("Priority", PICKLIST).withPicklist("High", "Medium", "Low"))
                .add(of("Description", TEXTAREA))
                .add(readOnly("IsClosed", BOOLEAN).withLabel("Closed"))
                .add(readOnly("ClosedDate", DATETIME).withLabel("Closed Date"))
                .add(of("IsEscalated", BOOLEAN).withLabel("Escalated"))
                .add(of("OwnerId", REFERENCE).withLabel("Owner ID").referencing("Owner", "Group", "User"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("ContactPhone", PHONE))
                .add(readOnly("ContactMobile", PHONE))
                .add(readOnly("ContactEmail", EMAIL))
                .add(readOnly("ContactFax", PHONE))
                .add(of("Comments", TEXTAREA).withLength(4000).withLabel("Internal Comments"))
                .add(readOnly("LastViewedDate", DATETIME))
                .add(readOnly("LastReferencedDate", DATETIME));
    }

    static ObjectSchema task() {
        return activity(new ObjectSchema("Task", "00T"))
                .add(of("Subject", COMBOBOX).withPicklist("Call", "Send Letter", "Send Quote", "Other"))
                .add(of("ActivityDate", DATE).withLabel("Due Date Only"))
                .add(of("Status", PICKLIST).withLength(40).withPicklist("Not Started", "In Progress", "Completed",
                        "Waiting on someone else", "Deferred"))
                .add(of("Priority", PICKLIST).withLength(40).withPicklist("High", "Normal", "Low"))
                .add(readOnly("IsHighPriority", BOOLEAN).withLabel("High Priority"))
                .add(of("OwnerId", REFERENCE).withLabel("Assigned To ID").referencing("Owner", "Group", "User"))
                .add(of("Description", TEXTAREA))
                .add(of("Type", PICKLIST).withLength(40).withPicklist(ACTIVITY_TYPES))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(readOnly("AccountId", REFERENCE).withLabel("Account ID").referencing("Account", "Account"))
                .add(readOnly("IsClosed", BOOLEAN).withLabel("Closed"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("IsArchived", BOOLEAN).withLabel("Archived"))
                .add(of("CallDurationInSeconds", INT).withDigits(8, 0).withLabel("Call Duration"))
                .add(of("CallType", PICKLIST).withLength(40).restrictedTo("Internal", "Inbound", "Outbound"))
                .add(of("CallDisposition", STRING).withLength(255).withLabel("Call Result"))
                .add(of("CallObject", STRING).withLength(255).withLabel("Call Object Identifier"))
                .add(of("ReminderDateTime", DATETIME).withLabel("Reminder Date/Time"))
                .add(of("IsReminderSet", BOOLEAN).withLabel("Reminder Set"))
                .add(readOnly("RecurrenceActivityId", REFERENCE).referencing("RecurrenceActivity", "Task"))
                .add(of("IsRecurrence", BOOLEAN).withLabel("Create Recurring Series of Tasks"))
                .add(of("TaskSubtype", PICKLIST).withLength(40).restrictedTo("Task", "Email", "ListEmail", "Cadence", "Call", "LinkedIn"))
                .add(readOnly("CompletedDateTime", DATETIME).withLabel("Completed Date/Time"));
    }

    static ObjectSchema event() {
        return activity(new ObjectSchema("Event", "00U"))
                .add(of("Subject", COMBOBOX).withPicklist("Call", "Email", "Meeting", "Send Letter/Quote", "Other"))
                .add(of("Location", STRING).withLength(255))
                .add(of("IsAllDayEvent", BOOLEAN).withLabel("All-Day Event"))
                .add(of("ActivityDateTime", DATETIME).withLabel("Due Date Time"))
                .add(of("ActivityDate", DATE).withLabel("Due Date Only"))
                .add(of("DurationInMinutes", INT).withDigits(8, 0).withLabel("Duration"))
                .add(of("StartDateTime", DATETIME).withLabel("Start Date Time"))
                .add(of("EndDateTime", DATETIME).withLabel("End Date Time"))
                .add(readOnly("EndDate", DATE).withLabel("End Date Only"))
                .add(of("Description", TEXTAREA))
                .add(readOnly("AccountId", REFERENCE).withLabel("Account ID").referencing("Account", "Account"))
                .add(of("OwnerId", REFERENCE).withLabel("Assigned To ID").referencing("Owner", "Calendar", "User"))
                .add(of("Type", PICKLIST).withLength(40).withPicklist(ACTIVITY_TYPES))
                .add(of("IsPrivate", BOOLEAN).withLabel("Private"))
                .add(of("ShowAs", PICKLIST).withLength(40).withLabel("Show Time As").restrictedTo("Busy", "OutOfOffice", "Free"))
                .add(readOnly("IsDeleted", BOOLEAN))
                .add(readOnly("IsChild", BOOLEAN))
                .add(readOnly("IsGroupEvent", BOOLEAN))
                .add(readOnly("GroupEventType", PICKLIST).withLength(40).restrictedTo("0", "1", "2"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("IsArchived", BOOLEAN).withLabel("Archived"))
                .add(of("IsRecurrence", BOOLEAN).withLabel("Create Recurring Series of Events"))
                .add(of("EventSubtype", PICKLIST).withLength(40).restrictedTo("Event"))
                .add(of("IsReminderSet", BOOLEAN).withLabel("Reminder Set"))
                .add(of("ReminderDateTime", DATETIME).withLabel("Reminder Date/Time"));
    }

    static ObjectSchema opportunityContactRole() {
        return new ObjectSchema("OpportunityContactRole", "00K")
                .add(readOnly("Id", ID).withLabel("Contact Role ID"))
                .add(of("OpportunityId", REFERENCE).withLabel("Opportunity ID").referencing("Opportunity", "Opportunity").required())
                .add(of("ContactId", REFERENCE).withLabel("Contact ID").referencing("Contact", "Contact").required())
                .add(of("Role", PICKLIST).withPicklist("Business User", "Decision Maker", "Economic Buyer", "Economic Decision Maker",
                        "Evaluator", "Executive Sponsor", "Influencer", "Technical Buyer", "Other"))
                .add(of("IsPrimary", BOOLEAN).withLabel("Primary"))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME))
                .add(readOnly("IsDeleted", BOOLEAN));
    }

    /** What a task and an event begin with: the id and the person and record they concern. */
    private static ObjectSchema activity(ObjectSchema object) {
        return object.add(readOnly("Id", ID).withLabel("Activity ID"))
                .add(of("WhoId", REFERENCE).withLabel("Name ID").referencing("Who", "Contact", "Lead"))
                .add(of("WhatId", REFERENCE).withLabel("Related To ID").referencing("What", WHAT));
    }
}
