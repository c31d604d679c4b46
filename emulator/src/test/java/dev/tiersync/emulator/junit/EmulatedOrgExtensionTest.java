package dev.tiersync.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatedOrgExtensionTest {

    @RegisterExtension
    static final EmulatedOrgExtension ORG = new EmulatedOrgExtension(
            () -> EmulatorSettings.of(OrgData.generate(12, 5, LocalDate.of(2025, 1, 1))));

    @Test
    void theOrgRunsForTheClassOnADynamicPort(EmulatedOrg org) {
        assertThat(org).isSameAs(ORG.org());
        assertThat(org.port()).isPositive();
        assertThat(org.store().count("Account")).isEqualTo(12);
    }

    @Test
    void theSameOrgServesEveryTestOfTheClass(EmulatedOrg org) {
        assertThat(org).isSameAs(ORG.org());
    }
}
