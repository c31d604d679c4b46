package dev.tiersync.plugin.api;

import java.util.List;

/**
 * The value of one enrichment attribute: a text, a list of texts, a number or a flag. Segment rules
 * compare texts, the fit model takes numbers and flags, and the reasons text shows texts. The four kinds are
 * fixed for the major version of this API.
 */
public sealed interface AttributeValue permits AttributeValue.Text, AttributeValue.Texts, AttributeValue.Number,
        AttributeValue.Flag {

    /**
     * The value as a rep reads it: the text, the texts joined with commas, the number, yes or no.
     *
     * @return the value's text
     */
    String display();

    /**
     * One text, such as a CRM's name.
     *
     * @param value not blank
     */
    record Text(String value) implements AttributeValue {

        /**
         * Checks the value.
         *
         * @param value not blank
         */
        public Text {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a text attribute must not be blank");
            }
        }

        @Override
        public String display() {
            return value;
        }
    }

    /**
     * Several texts, such as the technologies an account uses, in the order given.
     *
     * @param values at least one, none blank
     */
    record Texts(List<String> values) implements AttributeValue {

        /**
         * Checks and copies the values.
         *
         * @param values at least one, none blank
         */
        public Texts {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw new IllegalArgumentException("a texts attribute needs at least one text, none blank");
            }
        }

        @Override
        public String display() {
            return String.join(", ", values);
        }
    }

    /**
     * A number, such as an intent score.
     *
     * @param value a finite number
     */
    record Number(double value) implements AttributeValue {

        /**
         * Checks the value.
         *
         * @param value a finite number
         */
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number attribute must be finite, was " + value);
            }
        }

        @Override
        public String display() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    /**
     * Yes or no, such as whether an account runs on a public cloud.
     *
     * @param value the flag
     */
    record Flag(boolean value) implements AttributeValue {

        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }
}
