/**
 * The scheduler's problems a user can fix, typed: {@link dev.tiersync.scheduler.problem.InvalidInput},
 * {@link dev.tiersync.scheduler.problem.NotFound}, {@link dev.tiersync.scheduler.problem.Conflict}. Each is
 * mapped once per boundary: to an HTTP status by the admin API's error handler, to an exit code by the
 * command line's.
 */
package dev.tiersync.scheduler.problem;
