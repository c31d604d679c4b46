/**
 * The force-wsc adapter: the only package that talks to Salesforce's client library. It logs in
 * with the SOAP Partner API, reads with query/queryMore, writes with update, and turns every fault
 * into TierSync's exception hierarchy in {@link dev.tiersync.salesforce.wsc.FaultTranslator}.
 */
package dev.tiersync.salesforce.wsc;
