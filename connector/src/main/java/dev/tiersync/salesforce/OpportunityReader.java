package dev.tiersync.salesforce;

import dev.tiersync.domain.Opportunity;
import java.util.function.Consumer;

/** Streams every Opportunity of the org. */
@FunctionalInterface
public interface OpportunityReader {

    void readOpportunities(Consumer<Opportunity> sink);
}
