/**
 * The emulated org's state that every protocol shares: its settings and records, its sessions and query
 * cursors, the API version a request speaks. Below the protocols (SOAP, Bulk, OAuth) and the request
 * pipeline, which all depend on it and never the other way round.
 */
package dev.tiersync.emulator.org;
