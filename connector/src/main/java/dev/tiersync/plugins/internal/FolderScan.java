package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.ExtensionPoint;
import dev.tiersync.plugins.PluginInventory;
import dev.tiersync.plugins.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every jar of a plugins folder, inspected, in file-name order; then the checks across jars: two plugins
 * with one id are both refused, and so are two plugins contributing segment conditions of one name (the
 * rules name conditions without their plugin). Holds the passing jars' class loaders open until closed or
 * handed on.
 */
final class FolderScan {

    private final Path dir;
    private final String apiVersion;
    private final List<Path> jars;
    private final Map<Path, Inspection> passed = new LinkedHashMap<>();
    private final Map<Path, String> refused = new LinkedHashMap<>();

    private FolderScan(Path dir, String apiVersion, List<Path> jars) {
        this.dir = dir;
        this.apiVersion = apiVersion;
        this.jars = jars;
    }

    /** @throws IllegalArgumentException when the folder does not exist or cannot be listed */
    static FolderScan of(Path dir, ApiVersion provided, JarInspector inspector) {
        FolderScan scan = new FolderScan(dir, provided.toString(), jarsIn(dir));
        for (Path jar : scan.jars) {
            try {
                scan.passed.put(jar, inspector.inspect(jar));
            } catch (IllegalArgumentException e) {
                scan.refused.put(jar, e.getMessage());
            }
        }
        scan.refuseSharedIds();
        scan.refuseSharedConditionNames();
        return scan;
    }

    Path dir() {
        return dir;
    }

    List<Inspection> passed() {
        return List.copyOf(passed.values());
    }

    List<PluginJar.Refused> refused() {
        return refused.entrySet().stream().map(e -> new PluginJar.Refused(e.getKey(), e.getValue())).toList();
    }

    /** Refuses a jar that passed on its own, closing its class loader. */
    void refuse(Path jar, String reason) {
        Inspection inspection = passed.remove(jar);
        if (inspection != null) {
            inspection.close();
        }
        refused.put(jar, reason);
    }

    PluginInventory inventory() {
        List<PluginJar> entries = new ArrayList<>();
        for (Path jar : jars) {
            Inspection inspection = passed.get(jar);
            entries.add(inspection != null ? new PluginJar.Loadable(jar, inspection.descriptor()) : new PluginJar.Refused(jar, refused.get(jar)));
        }
        return new PluginInventory(dir, apiVersion, entries);
    }

    /** Closes the class loaders of the jars that passed. */
    void close() {
        passed.values().forEach(Inspection::close);
    }

    private void refuseSharedIds() {
        Map<String, List<Inspection>> byId = passed.values().stream()
                .collect(Collectors.groupingBy(i -> i.descriptor().id(), LinkedHashMap::new, Collectors.toList()));
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                for (Inspection inspection : same) {
                    refuse(inspection.jar(), "declares plugin id '" + id + "', as does " + others(same, inspection)
                            + "; plugin ids must be unique: remove all but one of them");
                }
            }
        });
    }

    private void refuseSharedConditionNames() {
        Map<String, List<Inspection>> byName = new LinkedHashMap<>();
        for (Inspection inspection : passed.values()) {
            for (ContributionDescriptor c : inspection.descriptor().contributionsTo(ExtensionPoint.SEGMENT_CONDITION)) {
                byName.computeIfAbsent(c.id(), name -> new ArrayList<>()).add(inspection);
            }
        }
        byName.forEach((name, same) -> {
            if (same.size() > 1) {
                for (Inspection inspection : same) {
                    refuse(inspection.jar(), "contributes segment condition '" + name + "', as does " + others(same, inspection)
                            + "; the rules name conditions alone, so their names must be unique across plugins");
                }
            }
        });
    }

    private static String others(List<Inspection> same, Inspection self) {
        return same.stream().filter(i -> i != self).map(Inspection::fileName).collect(Collectors.joining(", "));
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("plugins folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the plugins folder " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
