package dev.tiersync.salesforce.wsc;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldKind;
import dev.tiersync.salesforce.FieldRequirement;
import java.util.List;
import java.util.stream.Stream;

/** Every field this adapter queries or updates, for checking the org's metadata against. */
public final class WscFieldContract {

    private WscFieldContract() {
    }

    public static List<FieldRequirement> requirements() {
        return Stream.concat(AccountFields.ALL.all().stream(), OpportunityFields.ALL.all().stream())
                .map(WscFieldContract::requirement).toList();
    }

    private static FieldRequirement requirement(Field<?> field) {
        boolean written = field.role().writtenBySync();
        int minLength = written && field.type().kind() == FieldKind.TEXT ? field.type().length() : 0;
        return new FieldRequirement(field.object(), field.apiName(), field.type().kind(), minLength, written);
    }
}
