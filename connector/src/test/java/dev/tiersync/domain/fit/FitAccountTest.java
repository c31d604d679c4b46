package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fit's view of an account: observable traits only, unknowns as unknown, and the quality score of a customer. */
class FitAccountTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Account ACME = new Account("001A", "Acme", "software", new BigDecimal("25000000"), 420, " Germany ",
            "Customer - Direct", "001P", Instant.parse("2019-06-01T10:00:00Z"), FieldValues.NONE);

    @Test
    void anAccountsOwnFieldsAndTheEnginesFirmographicsAreItsTraits() {
        FitAccount view = FitAccount.of(ACME, AS_OF).firmographics("Technology", SizeBand.MID_MARKET, Region.EMEA).build();

        assertThat(view.category(FitVariable.INDUSTRY)).isEqualTo("Technology");
        assertThat(view.category(FitVariable.SIZE_BAND)).isEqualTo("Mid-Market");
        assertThat(view.category(FitVariable.REGION)).isEqualTo("EMEA");
        assertThat(view.category(FitVariable.BILLING_COUNTRY)).isEqualTo("Germany");
        assertThat(view.category(FitVariable.TYPE)).isEqualTo("Customer - Direct");
        assertThat(view.number(FitVariable.EMPLOYEES)).isEqualTo(420);
        assertThat(view.number(FitVariable.ANNUAL_REVENUE)).isEqualTo(25_000_000);
        assertThat(view.hierarchy()).isEqualTo(Hierarchy.SUBSIDIARY);
        assertThat(view.standing()).isEqualTo(Standing.PROSPECT);
        assertThat(view.quality()).isNaN();
    }

    @Test
    void ageCountsFromYearStartedWhenTheOrgHasItAndFromCreatedDateOtherwise() {
        FitAccount fromCreated = FitAccount.of(ACME, AS_OF).build();
        FitAccount fromStart = FitAccount.of(ACME, AS_OF).yearStarted(1996).build();

        assertThat(fromCreated.number(FitVariable.AGE)).isEqualTo(6.0);
        assertThat(fromStart.number(FitVariable.AGE)).isEqualTo(29);
        assertThat(FitAccount.of(ACME, AS_OF).yearStarted(2030).build().number(FitVariable.AGE)).as("a year in the future")
                .isEqualTo(6.0);
    }

    @Test
    void theEnginesUnknownsAndEmptyFieldsReadAsUnknown() {
        FitAccount view = FitAccount.builder("001B").firmographics("Unknown", SizeBand.UNKNOWN, Region.UNKNOWN).employees(0)
                .billingCountry("  ").ownership(null).build();

        for (FitVariable variable : FitVariable.BUILT_IN) {
            if (variable != FitVariable.HIERARCHY) {
                assertThat(view.knows(variable)).as(variable.key()).isFalse();
            }
        }
        assertThat(view.category(FitVariable.HIERARCHY)).isEqualTo("Standalone");
    }

    @Test
    void enrichmentAttributesAreReadByNameAndKind() {
        FitAccount view = FitAccount.builder("001C").attribute("Cloud", "AWS").attribute("Seats", 40).build();

        assertThat(view.category(FitVariable.attribute("Cloud", FitVariable.Kind.CATEGORICAL))).isEqualTo("AWS");
        assertThat(view.number(FitVariable.attribute("Seats", FitVariable.Kind.NUMERIC))).isEqualTo(40);
        assertThat(view.number(FitVariable.attribute("Cloud", FitVariable.Kind.NUMERIC))).as("a category read as a number").isNaN();
        assertThat(view.category(FitVariable.attribute("Missing", FitVariable.Kind.CATEGORICAL))).isNull();
        assertThat(view.attributes()).extracting(FitAttribute::name).containsExactly("Cloud", "Seats");
    }

    @Test
    void aParentIsAnAccountThatAnotherNamesAsItsParent() {
        Account child = new Account("001K", "Kid", null, null, null, null, null, "001M", null, FieldValues.NONE);
        Account mother = new Account("001M", "Mum", null, null, null, null, null, null, null, FieldValues.NONE);

        assertThat(Hierarchy.parentIdsOf(List.of(child, mother))).containsExactly("001M");
        assertThat(FitAccount.of(mother, AS_OF).hasSubsidiaries(true).build().hierarchy()).isEqualTo(Hierarchy.PARENT);
        assertThat(FitAccount.of(child, AS_OF).hasSubsidiaries(true).build().hierarchy()).isEqualTo(Hierarchy.SUBSIDIARY);
    }

    @Test
    void aCustomerNeedsAFiniteQualityScore() {
        assertThatThrownBy(() -> FitAccount.builder("001D").customer(Double.NaN))
                .hasMessage("a customer's quality score must be a finite number, was NaN for account 001D");
        assertThat(FitAccount.builder("001D").customer(-500).build().isCustomer()).isTrue();
    }
}
