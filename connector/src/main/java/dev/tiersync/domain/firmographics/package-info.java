/** Firmographic segments: canonical industry, size band and region, tolerant of the dirt real CRM data holds. */
package dev.tiersync.domain.firmographics;
