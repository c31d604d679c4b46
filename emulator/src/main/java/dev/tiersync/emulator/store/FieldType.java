package dev.tiersync.emulator.store;

/** The field types the emulator knows, with how values of each compare and are checked. */
public enum FieldType {
    ID, STRING, PICKLIST, REFERENCE, TEXTAREA, PHONE, URL, EMAIL, COMBOBOX, DOUBLE, CURRENCY, PERCENT, INT, BOOLEAN, DATE, DATETIME;

    public boolean isNumeric() {
        return this == DOUBLE || this == CURRENCY || this == PERCENT || this == INT;
    }

    public boolean isText() {
        return this == ID || this == STRING || this == PICKLIST || this == REFERENCE || this == TEXTAREA || this == PHONE || this == URL
                || this == EMAIL || this == COMBOBOX;
    }
}
