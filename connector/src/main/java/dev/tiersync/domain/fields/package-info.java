/**
 * What a field of TierSync's contract with an org is: its API name, its type, who writes it, where the
 * snapshot keeps it and how it reads to an admin; and a typed, immutable set of field values. The
 * fields themselves are declared once, in {@link dev.tiersync.domain.catalog}.
 */
package dev.tiersync.domain.fields;
