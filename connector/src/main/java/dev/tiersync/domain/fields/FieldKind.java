package dev.tiersync.domain.fields;

/** Kinds of field value, as the Partner API's describe types them. */
public enum FieldKind { ID, TEXT, PICKLIST, NUMBER, CHECKBOX, DATE, DATETIME, REFERENCE }
