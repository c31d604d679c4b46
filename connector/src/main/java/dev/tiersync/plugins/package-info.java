/**
 * The plugin host: finds plugin jars in a folder, reads their manifests
 * ({@code META-INF/tiersync-plugin.yaml}), refuses those that cannot work (naming the jar), gives each
 * the others its own class loader that sees only the plugin API ({@code dev.tiersync.plugin.api}) and the
 * JDK, and runs their contributions under a guard: a plugin that throws during a run is off for the rest of
 * that run, and the failure is recorded for the report.
 *
 * <p>Entry point: {@link dev.tiersync.plugins.PluginHost}. {@code scan} says what would load and why not;
 * {@code start} loads a folder into a {@link dev.tiersync.plugins.PluginRegistry}; each run calls the
 * contributions through the registry's {@link dev.tiersync.plugins.PluginRun}. The implementation, and the
 * adapters from the engine's types to the API's views, are in {@code internal}. This package does I/O (jars,
 * class loaders) and so stays outside {@code dev.tiersync.domain}.
 */
package dev.tiersync.plugins;
