package dev.tiersync.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void theApiReportsTheVersionItsBuildGaveIt() {
        assertThat(System.getProperty("tiersync.plugin-api.pom-version")).as("set by the module's surefire configuration").isNotBlank();

        assertThat(PluginApi.version()).isEqualTo(System.getProperty("tiersync.plugin-api.pom-version"))
                .matches("\\d+\\.\\d+\\.\\d+");
    }
}
