package dev.tiersync.emulator.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the custom fields of the salesforce-metadata project from the classpath, so the emulator
 * describes exactly the fields an admin deploys.
 */
final class CustomFieldCatalog {

    static final String ROOT = "salesforce-metadata";
    static final String OBJECTS = "force-app/main/default/objects";
    static final String FIELD_SUFFIX = ".field-meta.xml";
    static final String OBJECT_SUFFIX = ".object-meta.xml";

    private CustomFieldCatalog() {
    }

    /** The custom objects the project defines (their {@code .object-meta.xml} files), by API name, in name order. */
    static List<String> objects() {
        try {
            List<String> objects = new ArrayList<>();
            for (String resource : resources(marker(), OBJECT_SUFFIX)) {
                String file = resource.substring(resource.lastIndexOf('/') + 1);
                objects.add(file.substring(0, file.length() - OBJECT_SUFFIX.length()));
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the salesforce-metadata project", e);
        }
    }

    private static URL marker() {
        URL marker = CustomFieldCatalog.class.getClassLoader().getResource(ROOT + "/sfdx-project.json");
        if (marker == null) {
            throw new IllegalStateException("the salesforce-metadata project is not on the classpath");
        }
        return marker;
    }

    /** Custom fields by object name. */
    static Map<String, List<FieldDefinition>> load() {
        ClassLoader loader = CustomFieldCatalog.class.getClassLoader();
        URL marker = marker();
        Map<String, List<FieldDefinition>> result = new TreeMap<>();
        try {
            for (String resource : resources(marker, FIELD_SUFFIX)) {
                String[] parts = resource.split("/");
                String object = parts[parts.length - 3];
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("cannot open " + resource);
                    }
                    result.computeIfAbsent(object, o -> new ArrayList<>()).add(parse(in, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the salesforce-metadata project", e);
        }
        return result;
    }

    /** Classpath names of every file under objects/ with this suffix, from a directory or from inside a jar (nested jars too). */
    private static List<String> resources(URL marker, String suffix) throws IOException {
        String prefix = ROOT + "/" + OBJECTS + "/";
        List<String> names = new ArrayList<>();
        URLConnection connection = marker.openConnection();
        if (connection instanceof JarURLConnection jarConnection) {
            jarConnection.setUseCaches(false);
            try (JarFile jar = jarConnection.getJarFile()) {
                jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                        .forEach(names::add);
            }
        } else {
            Path objects;
            try {
                objects = Path.of(marker.toURI()).getParent().resolve(OBJECTS);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad classpath location " + marker, e);
            }
            if (Files.isDirectory(objects)) {
                try (Stream<Path> files = Files.walk(objects)) {
                    files.filter(p -> p.getFileName().toString().endsWith(suffix))
                            .forEach(p -> names.add(prefix + objects.relativize(p).toString().replace('\\', '/')));
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static FieldDefinition parse(InputStream in, String file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element root = document.getDocumentElement();
            String name = text(root, "fullName");
            String type = text(root, "type");
            String length = text(root, "length");
            String label = text(root, "label");
            String precision = text(root, "precision");
            String scale = text(root, "scale");
            List<String> values = new ArrayList<>();
            boolean restricted = "true".equals(text(root, "restricted"));
            NodeList fullNames = root.getElementsByTagNameNS("*", "value");
            for (int i = 0; i < fullNames.getLength(); i++) {
                values.add(text((Element) fullNames.item(i), "fullName"));
            }
            FieldType fieldType = typeOf(type, file);
            FieldDefinition field = FieldDefinition.custom(name, label == null ? name : label, fieldType, restricted ? values : List.of(),
                    length != null ? Integer.parseInt(length) : FieldDefinition.defaultLength(fieldType),
                    precision == null ? 0 : Integer.parseInt(precision), scale == null ? 0 : Integer.parseInt(scale));
            if ("MasterDetail".equals(type) || "Lookup".equals(type)) {
                field = field.referencing(name.substring(0, name.length() - 1) + "r", text(root, "referenceTo"));
            }
            if ("MasterDetail".equals(type)) {
                field = field.required();
            }
            if ("true".equals(text(root, "unique"))) {
                field = field.unique();
            }
            return field;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read custom field " + file + ": " + e.getMessage(), e);
        }
    }

    private static FieldType typeOf(String metadataType, String file) {
        if (metadataType == null) {
            throw new IllegalStateException(file + " has no <type>");
        }
        return switch (metadataType) {
            case "Picklist" -> FieldType.PICKLIST;
            case "DateTime" -> FieldType.DATETIME;
            case "Date" -> FieldType.DATE;
            case "Text", "Email", "Phone", "Url" -> FieldType.STRING;
            case "TextArea", "LongTextArea" -> FieldType.TEXTAREA;
            case "Number" -> FieldType.DOUBLE;
            case "Currency" -> FieldType.CURRENCY;
            case "Percent" -> FieldType.PERCENT;
            case "Checkbox" -> FieldType.BOOLEAN;
            case "Lookup", "MasterDetail" -> FieldType.REFERENCE;
            default -> throw new IllegalStateException(file + " has a field type the emulator does not know: " + metadataType);
        };
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
