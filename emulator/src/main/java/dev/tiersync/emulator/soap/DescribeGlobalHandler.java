package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;

/** {@code describeGlobal}: the org's sObject types, elements in v65 order. */
final class DescribeGlobalHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        StringBuilder out = new StringBuilder("<result><encoding>UTF-8</encoding><maxBatchSize>200</maxBatchSize>");
        for (ObjectSchema object : org.store().schema().objects()) {
            out.append("<sobjects><activateable>false</activateable><associateEntityType xsi:nil=\"true\"/>")
                    .append("<associateParentEntity xsi:nil=\"true\"/><createable>true</createable><custom>false</custom>")
                    .append("<customSetting>false</customSetting><deepCloneable>false</deepCloneable><deletable>true</deletable>")
                    .append("<deprecatedAndHidden>false</deprecatedAndHidden><feedEnabled>true</feedEnabled>")
                    .append("<hasSubtypes>false</hasSubtypes><idEnabled>false</idEnabled><isInterface>false</isInterface>")
                    .append("<isSubtype>false</isSubtype><keyPrefix>").append(object.keyPrefix()).append("</keyPrefix><label>")
                    .append(object.name()).append("</label><labelPlural>").append(object.name()).append("s</labelPlural>")
                    .append("<layoutable>true</layoutable><mergeable>true</mergeable><mruEnabled>true</mruEnabled><name>")
                    .append(object.name()).append("</name><queryable>true</queryable><replicateable>true</replicateable>")
                    .append("<retrieveable>true</retrieveable><searchable>true</searchable><triggerable>true</triggerable>")
                    .append("<undeletable>true</undeletable><updateable>true</updateable></sobjects>");
        }
        return out.append("</result>").toString();
    }
}
