package dev.tiersync.examples.technographics;

import java.time.LocalDate;

/**
 * One technology seen at an account.
 *
 * @param technology the product, as the file names it, such as {@code HubSpot}
 * @param category what kind of product, lower case, such as {@code crm} or {@code cloud}
 * @param observed the day it was last seen
 */
public record Sighting(String technology, String category, LocalDate observed) {
}
