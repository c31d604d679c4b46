package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.AdminProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * TierSync's login page: the form, what went wrong with the last attempt (a wrong name or password, or too many
 * failed logins: {@link LoginThrottle}), and what to configure when no one can log in.
 */
@Controller
class LoginPage {

    static final String NO_USERS = "No user is configured, so no one can log in. Set tiersync.security.users[0].name, "
            + ".password (a {bcrypt} hash) and .role (ADMIN or VIEWER), or try TierSync on an emulated org with "
            + "./tiersync serve --demo, which prints an admin's password.";

    private final PageTemplate page = PageTemplate.named("login.html");
    private final AdminProperties admin;
    private final LoginThrottle throttle;

    LoginPage(AdminProperties admin, LoginThrottle throttle) {
        this.admin = admin;
        this.throttle = throttle;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null || request.getParameter("locked") != null;
        String notice = request.getParameter("locked") != null ? throttle.lockedOutNotice()
                : request.getParameter("error") != null ? "The name or the password is wrong."
                : request.getParameter("logout") != null ? "You are logged out." : "";
        return page.render(Map.of("csrf", token == null ? "" : token.getToken(), "notice", notice,
                "noticeClass", failed ? "notice error" : notice.isEmpty() ? "notice hidden" : "notice",
                "setup", admin.nobodyCanLogIn() ? NO_USERS : "", "setupClass", admin.nobodyCanLogIn() ? "setup" : "setup hidden"));
    }
}
