package dev.tiersync.testdata;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.MetricsCalculator;
import java.time.LocalDate;
import java.util.List;

/** Account profiles for rule tests: an account with the given deals, as of a date. */
public final class Profiles {

    public static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private Profiles() {
    }

    public static AccountProfile profile(String id, SizeBand size, Opportunity... opportunities) {
        return new AccountProfile(AccountBuilder.anAccount(id).build(), "Technology", size, Region.NORTH_AMERICA,
                MetricsCalculator.of(List.of(opportunities), AS_OF));
    }

    public static AccountProfile profile(String id, Opportunity... opportunities) {
        return profile(id, SizeBand.MID_MARKET, opportunities);
    }

    /** A won deal of the account closed on the day. */
    public static Opportunity won(String accountId, String amount, String closeDate) {
        return OpportunityBuilder.aWonDeal().forAccount(accountId).worth(amount).closedOn(closeDate).createdOn(closeDate).build();
    }
}
