/**
 * One sync of one org: pull accounts and opportunities, assess them, write back only what changed,
 * in chunks whose failures are isolated per record, and report what happened.
 */
package dev.tiersync.sync;
