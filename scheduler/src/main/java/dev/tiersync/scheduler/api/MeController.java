package dev.tiersync.scheduler.api;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who is logged in and with which roles, so the page shows only what the user may do. */
@RestController
class MeController {

    record Me(String name, List<String> roles, boolean admin) {
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring("ROLE_".length()))
                .sorted().toList();
        return new Me(authentication.getName(), roles, roles.contains("ADMIN"));
    }
}
