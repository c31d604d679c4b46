package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.config.TierSyncProperties;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/setup}: what is still to configure, in words the page shows (nothing, once an org is configured). */
@RestController
class SetupController {

    private final Orgs orgs;

    SetupController(Orgs orgs) {
        this.orgs = orgs;
    }

    record Setup(int orgs, List<String> todo) {
    }

    @GetMapping("/api/setup")
    Setup setup() {
        int configured = orgs.configuredOrgs().size();
        return new Setup(configured, configured == 0 ? List.of(capitalized(TierSyncProperties.NO_ORG)) : List.of());
    }

    private static String capitalized(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }
}
