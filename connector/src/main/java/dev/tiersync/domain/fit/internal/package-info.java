/**
 * The fit's implementation: how accounts become columns, how Tribuo's CART tree and Commons Math's
 * regression are trained and cross-validated, and how schemes explain themselves. Not part of the
 * API: use {@link dev.tiersync.domain.fit.FitLearner} and {@link dev.tiersync.domain.fit.FitModel}.
 */
package dev.tiersync.domain.fit.internal;
