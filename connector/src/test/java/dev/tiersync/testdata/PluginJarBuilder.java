package dev.tiersync.testdata;

import dev.tiersync.plugin.api.PluginApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars as a plugin author would: Java sources compiled apart from TierSync, against the
 * plugin API's jar alone (no connector, no engine on the class path), with a manifest. Broken plugins are
 * built by giving a wrong manifest, a wrong class or no manifest at all.
 *
 * <pre>
 * Path jar = PluginJarBuilder.aPlugin("intent")
 *         .contribution("churn-signal", "researching", "com.example.Researching")
 *         .source("com.example.Researching", "...")
 *         .buildIn(dir);
 * </pre>
 */
public final class PluginJarBuilder {

    private final String id;
    private String version = "1.0.0";
    private String api = "[1.0,2.0)";
    private String fileName;
    private String manifest;
    private boolean withManifest = true;
    private final List<String> contributions = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<Path> classPath = new ArrayList<>(List.of(pluginApiLocation()));

    private PluginJarBuilder(String id) {
        this.id = id;
        this.fileName = id + "-plugin.jar";
    }

    public static PluginJarBuilder aPlugin(String id) {
        return new PluginJarBuilder(id);
    }

    /** Where the plugin API's classes are: its jar, or its classes folder in a reactor build. The only thing plugins compile against. */
    public static Path pluginApiLocation() {
        try {
            return Path.of(PluginApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public PluginJarBuilder version(String version) {
        this.version = version;
        return this;
    }

    public PluginJarBuilder api(String api) {
        this.api = api;
        return this;
    }

    public PluginJarBuilder fileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    /** A contribution without configuration keys. */
    public PluginJarBuilder contribution(String point, String contributionId, String className) {
        return contribution(point, contributionId, className, "");
    }

    /** A contribution with configuration keys, given as the YAML mapping under {@code config:}, such as {@code "file: {required: 'true'}"}. */
    public PluginJarBuilder contribution(String point, String contributionId, String className, String configYaml) {
        StringBuilder entry = new StringBuilder()
                .append("  - id: ").append(contributionId).append('\n')
                .append("    point: ").append(point).append('\n')
                .append("    class: ").append(className).append('\n');
        if (!configYaml.isBlank()) {
            entry.append("    config:\n");
            configYaml.lines().forEach(line -> entry.append("      ").append(line).append('\n'));
        }
        contributions.add(entry.toString());
        return this;
    }

    /** Replaces the manifest the builder would write with this text, for broken manifests. */
    public PluginJarBuilder manifest(String yaml) {
        this.manifest = yaml;
        return this;
    }

    public PluginJarBuilder withoutManifest() {
        this.withManifest = false;
        return this;
    }

    /** A Java source of the plugin, by its class's fully qualified name. */
    public PluginJarBuilder source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    /** A file in the jar, such as {@code META-INF/services/...}. */
    public PluginJarBuilder resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /** Compiles against more than the plugin API, as a plugin reaching into TierSync's insides would. */
    public PluginJarBuilder alsoCompiledAgainst(Path location) {
        classPath.add(location);
        return this;
    }

    /** The manifest as it goes into the jar. */
    public String manifestText() {
        if (manifest != null) {
            return manifest;
        }
        return "id: " + id + "\nversion: " + version + "\napi: \"" + api + "\"\ncontributions:\n" + String.join("", contributions);
    }

    /**
     * Compiles the sources (against the class path only) and writes the jar.
     *
     * @throws IllegalStateException with the compiler's messages when a source does not compile
     */
    public Path buildIn(Path dir) {
        try {
            // built inside the folder but out of the host's way: it reads only the *.jar files at its top
            Path classes = compile(Files.createDirectories(dir.resolve(".build").resolve(fileName)));
            Path jar = Files.createDirectories(dir).resolve(fileName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                if (withManifest) {
                    put(out, "META-INF/tiersync-plugin.yaml", manifestText().getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, String> resource : resources.entrySet()) {
                    put(out, resource.getKey(), resource.getValue().getBytes(StandardCharsets.UTF_8));
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the sources into a folder, without making a jar; for checking what a plugin's classes depend on. */
    public Path compile(Path work) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        if (sources.isEmpty()) {
            return classes;
        }
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:none", "-classpath",
                String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()), "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            arguments.add(Files.writeString(file, source.getValue()).toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("plugin " + id + " did not compile against " + classPath + ":\n"
                    + messages.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
