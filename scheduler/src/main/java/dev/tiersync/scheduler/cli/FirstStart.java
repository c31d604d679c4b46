package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.RestrictedPicklists;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.scheduler.config.RulesFile;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What {@code serve --demo} starts with: an emulated org of generated accounts (as {@code demo} has), the
 * settings that point the application at it, and an admin whose password is made here and shown once by the
 * caller. Only the password's bcrypt hash goes into the settings; the password itself is never kept or logged.
 */
final class FirstStart implements AutoCloseable {

    static final String ORG_NAME = "demo";
    static final String ADMIN_NAME = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final EmulatedOrg org;
    private final char[] password;

    private FirstStart(EmulatedOrg org, char[] password) {
        this.org = org;
        this.password = password;
    }

    /** Starts the emulated org, with the shipped rules' segment names in its Segment__c picklist. */
    static FirstStart begin(LocalDate today, SecureRandom random) {
        OrgData data = OrgData.generate(DemoCommand.GENERATED_ACCOUNTS, DemoCommand.GENERATOR_SEED, today);
        EmulatorSettings emulated = EmulatorSettings.of(data).withPicklistValues("Account", AccountFields.SEGMENT.apiName(),
                RestrictedPicklists.values(AccountFields.SEGMENT, RulesFile.load(null)));
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new FirstStart(EmulatedOrg.start(emulated), password);
    }

    EmulatedOrg org() {
        return org;
    }

    /**
     * The application's settings for the demo: the one org, a database in memory (a first start leaves nothing
     * behind) and the generated admin, as defaults that the command line's own {@code --key=value} override.
     */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tiersync.orgs[0].name", ORG_NAME);
        settings.put("tiersync.orgs[0].login-url", org.loginUrl());
        settings.put("tiersync.orgs[0].username", EmulatorSettings.DEFAULT_USERNAME);
        settings.put("tiersync.orgs[0].password", EmulatorSettings.DEFAULT_PASSWORD);
        settings.put("tiersync.store.url", "jdbc:h2:mem:tiersync-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.put("tiersync.security.generated-admin.name", ADMIN_NAME);
        settings.put("tiersync.security.generated-admin.password", "{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password)));
        settings.put("tiersync.security.generated-admin.role", "ADMIN");
        return settings;
    }

    /** The one line that shows the password, for the console only. */
    String loginLine(int port) {
        return "Log in at http://127.0.0.1:" + port + " as " + ADMIN_NAME + " with password " + new String(password);
    }

    @Override
    public void close() {
        java.util.Arrays.fill(password, ' ');
        org.close();
    }
}
