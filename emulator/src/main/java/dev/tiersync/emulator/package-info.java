/**
 * A local Salesforce org for tests, the demo and benchmarks: WireMock serving the SOAP Partner API
 * 65.0 as force-wsc calls it, over an in-memory store.
 *
 * <p>The public surface is {@link dev.tiersync.emulator.EmulatedOrg} (start, address, stop),
 * {@link dev.tiersync.emulator.EmulatorSettings}, {@link dev.tiersync.emulator.OrgData} (CSV or
 * generated seed data), {@link dev.tiersync.emulator.OrgStore} and {@link dev.tiersync.emulator.CallLog}
 * for tests to inspect. Everything else lives in feature packages: {@code soap} (one handler per
 * operation behind a route table), {@code soql}, {@code store}, {@code data} and {@code xml}.
 */
package dev.tiersync.emulator;
