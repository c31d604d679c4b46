package dev.tiersync.salesforce.wsc;

import dev.tiersync.salesforce.FieldRequirement;
import java.util.ArrayList;
import java.util.List;

/** Every field this adapter queries or updates, for checking the org's metadata against. */
public final class WscFieldContract {

    private WscFieldContract() {
    }

    public static List<FieldRequirement> requirements() {
        List<FieldRequirement> all = new ArrayList<>();
        for (AccountField field : AccountField.values()) {
            all.add(field.requirement());
        }
        for (OpportunityField field : OpportunityField.values()) {
            all.add(field.requirement());
        }
        return List.copyOf(all);
    }
}
