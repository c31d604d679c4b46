/**
 * The TierSync plugin API: the extension points a plugin contributes to, and the immutable views of
 * TierSync's data they receive. A plugin compiles against this package alone (and the JDK); it never
 * sees TierSync's engine, so a plugin built against one version of this API keeps working with every
 * TierSync that provides the same major version.
 *
 * <h2>Extension points</h2>
 * Each point is a one-method interface; the identifier in parentheses is how a plugin's manifest names it.
 * <ul>
 *   <li>{@link dev.tiersync.plugin.api.ChurnSignal} ({@code churn-signal}): a sign that a customer may be leaving;</li>
 *   <li>{@link dev.tiersync.plugin.api.UpsellSignal} ({@code upsell-signal}): a sign that a customer could buy more;</li>
 *   <li>{@link dev.tiersync.plugin.api.AccountEnricher} ({@code account-enricher}): extra attributes from elsewhere,
 *       such as technographics or intent, for segment rules, the fit model and the reasons text;</li>
 *   <li>{@link dev.tiersync.plugin.api.SegmentCondition} ({@code segment-condition}): a named predicate that the
 *       segment rules can use;</li>
 *   <li>{@link dev.tiersync.plugin.api.RunListener} ({@code run-listener}): told when a run finishes.</li>
 * </ul>
 *
 * <h2>Plugins</h2>
 * A plugin is a jar with a manifest, {@code META-INF/tiersync-plugin.yaml}, naming the plugin, its
 * version, the range of API versions it works with and its contributions: for each, the extension
 * point, the implementing class and the configuration keys it reads. TierSync gives every plugin its own
 * class loader, which sees this API and the JDK and nothing else of TierSync. A contribution's class is
 * public, implements its point, and has a public constructor taking a {@link dev.tiersync.plugin.api.PluginContext}
 * (or none). Contributions are called from several threads at once and must be thread-safe; one that
 * throws during a run is switched off, with the rest of its plugin, for the rest of that run.
 *
 * <h2>Versions</h2>
 * This API follows semantic versioning: a minor version only adds (new types, new methods on views, new
 * default methods), a major version may remove or change. {@link dev.tiersync.plugin.api.PluginApi#version()}
 * says which version is running.
 */
package dev.tiersync.plugin.api;
