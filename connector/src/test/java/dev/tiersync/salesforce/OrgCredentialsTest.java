package dev.tiersync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OrgCredentialsTest {

    @Test
    void aLoginUrlKeepsSchemeHostAndPort() {
        assertThat(OrgCredentials.parseLoginUrl("http://127.0.0.1:8080/")).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(OrgCredentials.parseLoginUrl(" https://login.salesforce.com ")).isEqualTo(URI.create("https://login.salesforce.com"));
        assertThat(OrgCredentials.parseLoginUrl("HTTPS://acme.my.salesforce.com")).isEqualTo(URI.create("https://acme.my.salesforce.com"));
    }

    @Test
    void aLoginUrlWithTheSoapPathSaysTierSyncAddsItItself() {
        assertThatThrownBy(() -> OrgCredentials.parseLoginUrl("https://login.salesforce.com/services/Soap/u/65.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not have a path")
                .hasMessageContaining("appends /services/Soap/u/65.0");
    }

    @Test
    void aLoginUrlMustBeHttpOrHttpsWithAHost() {
        assertThatThrownBy(() -> OrgCredentials.parseLoginUrl("login.salesforce.com"))
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> OrgCredentials.parseLoginUrl("ftp://login.salesforce.com"))
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> OrgCredentials.parseLoginUrl(""))
                .hasMessageContaining("login URL is missing");
        assertThatThrownBy(() -> OrgCredentials.parseLoginUrl("https://user:pw@login.salesforce.com"))
                .hasMessageContaining("must not carry user info");
    }

    @Test
    void credentialsNeverShowThePassword() {
        OrgCredentials credentials = new OrgCredentials(URI.create("https://login.salesforce.com"), "u@example.com",
                Secret.of("hunter2"));

        assertThat(credentials.toString()).doesNotContain("hunter2").contains("u@example.com");
        assertThat(credentials.password().toString()).doesNotContain("hunter2");
        assertThat(credentials.password().reveal()).isEqualTo("hunter2");
    }

    @Test
    void aBlankUsernameIsRejected() {
        assertThatThrownBy(() -> new OrgCredentials(URI.create("https://x.com"), " ", Secret.of("p")))
                .hasMessageContaining("username must not be blank");
    }
}
