package dev.tiersync.emulator.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL query into tokens. */
final class Lexer {

    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String query;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Lexer(String query) {
        this.query = query;
    }

    static List<Token> tokens(String query) {
        Lexer lexer = new Lexer(query);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '\'') {
                string();
            } else if (Character.isLetter(c) || c == '_') {
                int start = at;
                while (at < query.length() && (Character.isLetterOrDigit(query.charAt(at)) || query.charAt(at) == '_' || query.charAt(at) == '.')) {
                    at++;
                }
                tokens.add(new Token(Token.Type.WORD, query.substring(start, at), start + 1));
            } else if (Character.isDigit(c) || (c == '-' && at + 1 < query.length() && Character.isDigit(query.charAt(at + 1)))) {
                literal();
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(Token.Type.END, "", query.length() + 1));
    }

    private void literal() {
        for (var entry : List.of(java.util.Map.entry(DATETIME, Token.Type.DATETIME), java.util.Map.entry(DATE, Token.Type.DATE),
                java.util.Map.entry(NUMBER, Token.Type.NUMBER))) {
            Matcher matcher = entry.getKey().matcher(query).region(at, query.length());
            if (matcher.lookingAt()) {
                tokens.add(new Token(entry.getValue(), matcher.group(), at + 1));
                at = matcher.end();
                return;
            }
        }
        throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unexpected token: " + query.charAt(at), 1, at + 1);
    }

    private void string() {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (at < query.length()) {
            char c = query.charAt(at++);
            if (c == '\\' && at < query.length()) {
                value.append(query.charAt(at++));
            } else if (c == '\'') {
                tokens.add(new Token(Token.Type.STRING, value.toString(), start + 1));
                return;
            } else {
                value.append(c);
            }
        }
        throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unterminated string literal", 1, start + 1);
    }

    private void symbol(char c) {
        String two = at + 1 < query.length() ? query.substring(at, at + 2) : "";
        if (two.equals("!=") || two.equals("<>") || two.equals("<=") || two.equals(">=")) {
            tokens.add(new Token(Token.Type.SYMBOL, two.equals("<>") ? "!=" : two, at + 1));
            at += 2;
        } else if ("=<>(),".indexOf(c) >= 0) {
            tokens.add(new Token(Token.Type.SYMBOL, String.valueOf(c), at + 1));
            at++;
        } else {
            throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unexpected token: " + c, 1, at + 1);
        }
    }
}
