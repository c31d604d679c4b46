package dev.tiersync.emulator.xml;

/** Escaping for text written into responses. */
public final class Xml {

    private Xml() {
    }

    /** The text with its markup characters escaped; the text itself when it has none, as most values have. */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !markup(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean markup(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
