package dev.tiersync.domain.behaviour;

import java.util.Locale;

/** The kinds of activity engagement weighs: a meeting (an Event), a call, an email, or another task. */
public enum ActivityKind {
    MEETING, CALL, EMAIL, OTHER;

    /** A task's kind from its {@code TaskSubtype}, else its {@code Type}: Call, Email, anything else Other. */
    public static ActivityKind ofTask(String subtype, String type) {
        for (String value : new String[] {subtype, type}) {
            if (value != null) {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "call" -> {
                        return CALL;
                    }
                    case "email", "listemail" -> {
                        return EMAIL;
                    }
                    case "meeting" -> {
                        return MEETING;
                    }
                    default -> {
                    }
                }
            }
        }
        return OTHER;
    }
}
