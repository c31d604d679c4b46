package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.FieldType;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.Xml;

/** Writes a DescribeSObjectResult with its fields, every element in the v65 WSDL's order. */
final class Describes {

    private Describes() {
    }

    static String sObject(ObjectSchema object, String baseUrl) {
        StringBuilder out = new StringBuilder(16_384).append("<result><activateable>false</activateable>")
                .append("<associateEntityType xsi:nil=\"true\"/><associateParentEntity xsi:nil=\"true\"/>");
        if (object.name().equals("Account")) {
            out.append("<childRelationships><cascadeDelete>false</cascadeDelete><childSObject>Opportunity</childSObject>")
                    .append("<deprecatedAndHidden>false</deprecatedAndHidden><field>AccountId</field>")
                    .append("<relationshipName>Opportunities</relationshipName><restrictedDelete>true</restrictedDelete></childRelationships>");
        }
        out.append("<compactLayoutable>true</compactLayoutable><createable>true</createable><custom>false</custom>")
                .append("<customSetting>false</customSetting><deepCloneable>false</deepCloneable>")
                .append("<defaultImplementation xsi:nil=\"true\"/><deletable>true</deletable>")
                .append("<deprecatedAndHidden>false</deprecatedAndHidden><feedEnabled>true</feedEnabled>");
        for (int i = 0; i < object.fieldCount(); i++) {
            field(out, object.at(i));
        }
        return out.append("<hasSubtypes>false</hasSubtypes><idEnabled>false</idEnabled>")
                .append("<implementedBy xsi:nil=\"true\"/><implementsInterfaces xsi:nil=\"true\"/><isInterface>false</isInterface>")
                .append("<isSubtype>false</isSubtype><keyPrefix>").append(object.keyPrefix()).append("</keyPrefix><label>")
                .append(object.name()).append("</label><labelPlural>").append(object.name()).append("s</labelPlural>")
                .append("<layoutable>true</layoutable><mergeable>true</mergeable><mruEnabled>true</mruEnabled><name>")
                .append(object.name()).append("</name><networkScopeFieldName xsi:nil=\"true\"/><queryable>true</queryable>")
                .append("<replicateable>true</replicateable><retrieveable>true</retrieveable><searchable>true</searchable>")
                .append("<triggerable>true</triggerable><undeletable>true</undeletable><updateable>true</updateable>")
                .append("<urlDetail>").append(baseUrl).append("/{ID}</urlDetail><urlEdit>").append(baseUrl)
                .append("/{ID}/e</urlEdit><urlNew>").append(baseUrl).append('/').append(object.keyPrefix())
                .append("/e</urlNew></result>").toString();
    }

    private static void field(StringBuilder out, FieldDefinition field) {
        FieldType type = field.type();
        boolean text = type.isText();
        boolean id = field.name().equals("Id");
        out.append("<fields><aggregatable>true</aggregatable><aiPredictionField>false</aiPredictionField>")
                .append("<autoNumber>false</autoNumber><byteLength>").append(text ? field.length() * 3 : 0).append("</byteLength>")
                .append("<calculated>false</calculated><caseSensitive>false</caseSensitive><createable>")
                .append(field.updateable()).append("</createable><custom>").append(field.custom()).append("</custom>");
        if (type == FieldType.BOOLEAN) {
            out.append("<defaultValue xsi:type=\"xsd:boolean\">false</defaultValue>");
        }
        out.append("<defaultedOnCreate>").append(type == FieldType.BOOLEAN || !field.updateable()).append("</defaultedOnCreate>")
                .append("<deprecatedAndHidden>false</deprecatedAndHidden><digits>").append(type != FieldType.INT ? 0 : field.precision() > 0 ? field.precision() : 9)
                .append("</digits><filterable>true</filterable><groupable>").append(text || type == FieldType.BOOLEAN)
                .append("</groupable><idLookup>").append(id).append("</idLookup><label>").append(Xml.escape(field.label()))
                .append("</label><length>").append(text ? field.length() : 0).append("</length><name>").append(field.name())
                .append("</name><nameField>").append(field.name().equals("Name")).append("</nameField><nillable>")
                .append(!id && type != FieldType.BOOLEAN && !field.isRequired()).append("</nillable><permissionable>").append(field.custom())
                .append("</permissionable>");
        for (String value : field.picklistValues()) {
            String escaped = Xml.escape(value);
            out.append("<picklistValues><active>true</active><defaultValue>false</defaultValue><label>").append(escaped)
                    .append("</label><value>").append(escaped).append("</value></picklistValues>");
        }
        out.append("<polymorphicForeignKey>").append(field.referenceTo().size() > 1).append("</polymorphicForeignKey><precision>")
                .append(type == FieldType.INT ? 0 : field.precision()).append("</precision><queryByDistance>false</queryByDistance>");
        if (type == FieldType.REFERENCE && !field.referenceTo().isEmpty()) {
            field.referenceTo().forEach(target -> out.append("<referenceTo>").append(target).append("</referenceTo>"));
            out.append("<relationshipName>").append(field.relationshipName()).append("</relationshipName>");
        }
        out.append("<restrictedPicklist>").append(field.isRestrictedPicklist()).append("</restrictedPicklist><scale>")
                .append(field.scale()).append("</scale><searchPrefilterable>false</searchPrefilterable><soapType>")
                .append(soapType(type)).append("</soapType><sortable>true</sortable><type>").append(typeName(type))
                .append("</type><unique>false</unique><updateable>").append(field.updateable()).append("</updateable></fields>");
    }

    static String soapType(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> "tns:ID";
            case DOUBLE, CURRENCY, PERCENT -> "xsd:double";
            case INT -> "xsd:int";
            case BOOLEAN -> "xsd:boolean";
            case DATE -> "xsd:date";
            case DATETIME -> "xsd:dateTime";
            default -> "xsd:string";
        };
    }

    static String typeName(FieldType type) {
        return switch (type) {
            case ID -> "id";
            case STRING -> "string";
            case PICKLIST -> "picklist";
            case REFERENCE -> "reference";
            case TEXTAREA -> "textarea";
            case PHONE -> "phone";
            case URL -> "url";
            case EMAIL -> "email";
            case COMBOBOX -> "combobox";
            case DOUBLE -> "double";
            case CURRENCY -> "currency";
            case PERCENT -> "percent";
            case INT -> "int";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "datetime";
        };
    }
}
