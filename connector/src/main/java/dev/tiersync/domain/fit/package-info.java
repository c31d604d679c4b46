/**
 * The fit: what a good customer looks like, learnt from the customers' quality scores and applied to
 * every account, prospects included.
 *
 * <p>{@link dev.tiersync.domain.fit.FitLearner} profiles the customers by quartile of the quality
 * score, trains the schemes (a decision tree, a regression with variable selection, and the admin's
 * ideal customer profile when the rules define one), judges each with a cross-validated lift chart,
 * and picks the best one that beats the diagonal by a clear margin. The {@link dev.tiersync.domain.fit.FitModel}
 * it returns scores any {@link dev.tiersync.domain.fit.FitAccount}: a fit score 0–100, a
 * {@link dev.tiersync.domain.fit.FitTier} and a one-sentence reason. Only traits a prospect also has
 * are used, never revenue history. Pure and deterministic: the same accounts, in any order, give the
 * same fit. The learning and statistics are Tribuo's CART trees and Apache Commons Math; the code in
 * {@code internal} wires them up and is not part of the API.
 */
package dev.tiersync.domain.fit;
