package dev.tiersync.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.ExtensionPoint;
import dev.tiersync.plugins.PluginDescriptor;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {

    @Test
    void aFullManifestIsReadWithEveryScalarAsWritten() {
        PluginDescriptor plugin = ManifestReader.read("""
                id: intent
                version: 1.10
                name: Intent data
                api: 1.0
                contributions:
                  - id: researching
                    point: churn-signal
                    class: com.example.intent.Researching
                    description: researching competitors
                    config:
                      api-key: {required: true, description: the provider's key}
                      min-score: {default: 60}
                      topic:
                  - {id: topics, point: account-enricher, class: com.example.intent.Topics}
                """);

        assertThat(plugin.id()).isEqualTo("intent");
        assertThat(plugin.version()).as("not the number 1.1").isEqualTo("1.10");
        assertThat(plugin.name()).isEqualTo("Intent data");
        assertThat(plugin.apiRange()).isEqualTo("1.0");
        assertThat(plugin.contributions()).extracting(ContributionDescriptor::id, ContributionDescriptor::point)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("researching", ExtensionPoint.CHURN_SIGNAL),
                        org.assertj.core.groups.Tuple.tuple("topics", ExtensionPoint.ACCOUNT_ENRICHER));
        assertThat(plugin.contributions().get(0).config()).containsExactly(
                new ConfigKey("api-key", true, null, "the provider's key"),
                new ConfigKey("min-score", false, "60", ""),
                new ConfigKey("topic", false, null, ""));
        assertThat(plugin.contributions().get(1).config()).isEmpty();
    }

    @Test
    void theNameDefaultsToTheId() {
        assertThat(ManifestReader.read(minimal("")).name()).isEqualTo("p");
    }

    @Test
    void eachWrongKeyIsNamedWithWhatToWrite() {
        assertRefused("version: 1.0.0\napi: 1.0\ncontributions: []", "the manifest has no id");
        assertRefused("id: Intent\nversion: 1\napi: 1.0\ncontributions: []", "id 'Intent' must be lower case letters");
        assertRefused("id: p\nversion: one\napi: 1.0\ncontributions: []", "version 'one' must be a version such as 1.0.0");
        assertRefused("id: p\nversion: 1\napi: \">=1\"\ncontributions: []", "api: '>=1' is not a version");
        assertRefused("id: p\nversion: 1\napi: 1.0\ncontributions: []", "contributions must list at least one contribution");
        assertRefused("id: p\nversion: 1\napi: 1.0\ncontributions:\n  - just-a-string", "contribution 1 must be a mapping");
        assertRefused("id: p\nid: q\nversion: 1\napi: 1.0", "the manifest is not valid YAML: while constructing a mapping");
        assertRefused("- a\n- b", "the manifest must be a mapping with id, version, api and contributions");
        assertRefused("id: [p]\nversion: 1\napi: 1.0", "the manifest: id must be a single value, not a list or a mapping");
        assertRefused(minimal("    colour: blue\n"), "contribution 'c': unknown key 'colour'; the keys are class, config, description, id, point");
        assertRefused(minimal("    config: {Key: {}}\n"), "contribution 'c', config key 'Key': a key must be lower case");
        assertRefused(minimal("    config: {k: {required: yes}}\n"), "config key 'k': required must be true or false, was 'yes'");
        assertRefused(minimal("    config: {k: {required: true, default: x}}\n"), "config key 'k': a required key has no default");
        assertRefused(minimal("    config: {k: {optional: true}}\n"), "config key 'k': unknown key 'optional'; the keys are default, "
                + "description, required");
        assertRefused(minimal("    config: [a, b]\n"), "contribution 'c': config must map each key to its required, default and description");
        assertRefused("""
                id: p
                version: 1
                api: 1.0
                contributions:
                  - {id: c, point: churn-signal, class: com.example.C}
                  - {id: c, point: upsell-signal, class: com.example.D}
                """, "contribution id 'c' is used twice");
        assertRefused("""
                id: p
                version: 1
                api: 1.0
                contributions:
                  - {id: c, point: churn-signal, class: "com.example.C; rm -rf"}
                """, "class 'com.example.C; rm -rf' is not a Java class name");
    }

    private static String minimal(String extra) {
        return "id: p\nversion: 1.0.0\napi: \"[1.0,2.0)\"\ncontributions:\n  - id: c\n    point: churn-signal\n    class: com.example.C\n"
                + extra;
    }

    private static void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> ManifestReader.read(yaml)).isInstanceOf(BadManifestException.class).hasMessageContaining(message);
    }
}
