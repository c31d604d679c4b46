/**
 * An example TierSync plugin: technographics, the technologies an account uses, read from a CSV file
 * ({@link dev.tiersync.examples.technographics.TechnographicsFile}), contributed as enrichment attributes
 * ({@link dev.tiersync.examples.technographics.TechnographicsEnricher}) and as the segment condition
 * {@code uses-technology} ({@link dev.tiersync.examples.technographics.UsesTechnology}). It depends on the
 * TierSync plugin API alone.
 */
package dev.tiersync.examples.technographics;
