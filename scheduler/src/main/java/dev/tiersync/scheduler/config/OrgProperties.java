package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.Authentication;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.PrivateKeys;
import dev.tiersync.salesforce.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * One org TierSync syncs, as configured under {@code tiersync.orgs[N].*} (or the single
 * {@code tiersync.org.*}, which is the org named {@code default}). Checked, with the key named, by
 * {@link TierSyncProperties}.
 *
 * @param name a short unique name: lower-case letters, digits and dashes
 * @param loginUrl scheme, host and port of the login server
 * @param username the integration user
 * @param password better set through the environment variable {@code TIERSYNC_PASSWORD_<NAME>}, see {@link #passwordVariable}
 * @param cron a Quartz cron expression; unset, {@code tiersync.schedule.cron}
 * @param timeZone the zone the cron is read in; unset, {@code tiersync.schedule.time-zone}
 * @param enabled false to sync this org only on demand
 * @param rules a YAML file of {@code tiersync.segmentation} rules for this org; unset, the shared rules
 * @param jwtConsumerKey log in with the OAuth 2.0 JWT bearer flow of this connected app instead of a password
 * @param jwtKeyFile the connected app's RSA private key (PKCS#8 PEM) for the JWT bearer flow
 */
public record OrgProperties(String name, String loginUrl, String username, Secret password, String cron, ZoneId timeZone,
                            Boolean enabled, Path rules, String jwtConsumerKey, Path jwtKeyFile) {

    /** The org with its settings checked, defaults from {@code schedule}; messages name {@code key}. */
    OrgSettings resolve(String key, String defaultName, ScheduleProperties schedule,
                        java.util.function.Function<String, String> environment) {
        String resolvedName = name == null || name.isBlank() ? defaultName : name.strip();
        if (resolvedName == null) {
            throw new IllegalArgumentException(key + ".name is missing: give each org a short name such as 'emea-prod' (if "
                    + "its settings are in a file, an environment variable like TIERSYNC_ORGS_0_PASSWORD hides them: Spring "
                    + "takes the whole list from one source; set the password as TIERSYNC_PASSWORD_<NAME> instead)");
        }
        if (!resolvedName.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException(key + ".name '" + resolvedName + "' must be 1 to 40 lower-case letters, digits "
                    + "and dashes, starting with a letter or digit");
        }
        OrgCredentials credentials;
        try {
            OrgCredentials.parseLoginUrl(loginUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ".login-url: " + e.getMessage(), e);
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException(key + ".username is missing: set the integration user's username");
        }
        credentials = new OrgCredentials(OrgCredentials.parseLoginUrl(loginUrl), username,
                authentication(key, resolvedName, environment));
        if (rules != null && !Files.isRegularFile(rules)) {
            throw new IllegalArgumentException(key + ".rules: no rules file at " + rules.toAbsolutePath());
        }
        String resolvedCron = cron == null || cron.isBlank() ? schedule.cron() : cron;
        ScheduleProperties.validateCron(key + ".cron", resolvedCron);
        return new OrgSettings(resolvedName, credentials, resolvedCron, timeZone == null ? schedule.timeZone() : timeZone,
                (enabled == null || enabled) && schedule.enabled(), rules);
    }

    private Authentication authentication(String key, String orgName, java.util.function.Function<String, String> environment) {
        if (jwtConsumerKey != null || jwtKeyFile != null) {
            if (jwtConsumerKey == null || jwtKeyFile == null) {
                throw new IllegalArgumentException(key + ": give both jwt-consumer-key and jwt-key-file for the JWT bearer "
                        + "flow, or neither");
            }
            Secret pem;
            try {
                pem = Secret.of(Files.readString(jwtKeyFile));
            } catch (IOException e) {
                throw new IllegalArgumentException(key + ".jwt-key-file: cannot read " + jwtKeyFile.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
            try {
                PrivateKeys.rsaFromPkcs8Pem(pem);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ".jwt-key-file " + jwtKeyFile.toAbsolutePath() + ": " + e.getMessage(), e);
            }
            return new Authentication.JwtBearer(jwtConsumerKey, pem);
        }
        if (password != null) {
            return new Authentication.Password(password);
        }
        String variable = passwordVariable(orgName);
        String fromEnvironment = environment.apply(variable);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new IllegalArgumentException(key + ".password is missing: set the environment variable " + variable
                    + (key.equals("tiersync.org") ? " or TIERSYNC_ORG_PASSWORD" : "") + ", or use jwt-consumer-key with jwt-key-file");
        }
        return new Authentication.Password(Secret.of(fromEnvironment));
    }

    /**
     * The environment variable holding an org's password, by the org's name: {@code TIERSYNC_PASSWORD_EMEA_PROD}
     * for {@code emea-prod}. (A variable such as {@code TIERSYNC_ORGS_0_PASSWORD} would not do: Spring takes the
     * whole {@code tiersync.orgs} list from the one source that holds it.)
     */
    public static String passwordVariable(String orgName) {
        return "TIERSYNC_PASSWORD_" + orgName.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    @Override
    public String toString() {
        return "OrgProperties[name=" + name + ", loginUrl=" + loginUrl + ", username=" + username + ", password=******]";
    }
}
