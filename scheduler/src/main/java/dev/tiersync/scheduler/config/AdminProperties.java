package dev.tiersync.scheduler.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the admin page and API, under {@code tiersync.security.users[N].*}.
 *
 * @param users each with a name, a hashed password and a role, and last the generated admin if there is one
 * @param generatedAdmin the admin {@code serve --demo} made with a password it printed once, under
 *                       {@code tiersync.security.generated-admin.*}; null otherwise
 */
@ConfigurationProperties("tiersync.security")
public record AdminProperties(List<User> users, User generatedAdmin) {

    /** Admins change schedules and start runs; viewers read. */
    public enum Role { ADMIN, VIEWER }

    /**
     * @param name the login name
     * @param password a hash with its id, e.g. {@code {bcrypt}$2a$10$...}; never the password itself
     * @param role ADMIN or VIEWER
     */
    public record User(String name, String password, Role role) {

        @Override
        public String toString() {
            return "User[name=" + name + ", role=" + role + ", password=******]";
        }
    }

    public AdminProperties {
        users = users == null ? List.of() : List.copyOf(users);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            String key = "tiersync.security.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalArgumentException(key + ".name is missing");
            }
            if (!names.add(user.name())) {
                throw new IllegalArgumentException(key + ".name '" + user.name() + "' is used twice");
            }
            if (user.password() == null || !user.password().matches("\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|scrypt@SpringSecurity_v5_8)}.+")) {
                throw new IllegalArgumentException(key + ".password must be a hash such as {bcrypt}$2a$10$..., never the "
                        + "password itself; make one with: htpasswd -bnBC 10 '' 'the-password' | tr -d ':\\n' | sed 's/^/{bcrypt}/'");
            }
            if (user.password().startsWith("{bcrypt}") && !user.password().substring("{bcrypt}".length())
                    .matches("\\$2[abxy]?\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}")) {
                throw new IllegalArgumentException(key + ".password is not a well-formed bcrypt hash ({bcrypt}$2a$10$ and "
                        + "53 more characters of ./A-Za-z0-9): nobody could log in with it; make one with: htpasswd -bnBC 10 "
                        + "'' 'the-password' | tr -d ':\\n' | sed 's/^/{bcrypt}/'");
            }
            if (user.role() == null) {
                throw new IllegalArgumentException(key + ".role is missing: ADMIN or VIEWER");
            }
        }
        if (generatedAdmin != null) {
            if (generatedAdmin.name() == null || generatedAdmin.password() == null || generatedAdmin.role() == null) {
                throw new IllegalArgumentException("tiersync.security.generated-admin needs name, password and role");
            }
            if (names.contains(generatedAdmin.name())) {
                throw new IllegalArgumentException("tiersync.security.generated-admin.name '" + generatedAdmin.name()
                        + "' is also a configured user: give one of them another name");
            }
            users = java.util.stream.Stream.concat(users.stream(), java.util.stream.Stream.of(generatedAdmin)).toList();
        }
    }

    /** True when no one can log in: the login page then says what to configure. */
    public boolean nobodyCanLogIn() {
        return users.isEmpty();
    }
}
