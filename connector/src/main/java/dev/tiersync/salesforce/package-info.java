/**
 * The port to Salesforce: small interfaces the sync uses, the credentials it needs, and the
 * exceptions every Salesforce fault is mapped to. The only implementation lives in
 * {@code dev.tiersync.salesforce.wsc}, the one package that knows force-wsc.
 */
package dev.tiersync.salesforce;
