package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.store.Schema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A recursive-descent parser for the SOQL a connector uses:
 * <pre>
 * query   := SELECT (field (, field)* | COUNT()) FROM object [WHERE or] [ORDER BY item (, item)*] [LIMIT n]
 * or      := and (OR and)*
 * and     := not (AND not)*
 * not     := NOT not | ( or ) | field op value | field [NOT] IN ( value, ... ) | field LIKE 'pattern'
 * value   := 'text' | number | true | false | null | YYYY-MM-DD | YYYY-MM-DDThh:mm:ssZ
 * </pre>
 */
public final class SoqlParser {

    private final Schema schema;
    private List<Token> tokens;
    private int next;
    private ObjectSchema object;
    /** The positions of the fields the query names so far, and of those in the clause being parsed. */
    private BitSet reads;
    private BitSet clause;

    public SoqlParser(Schema schema) {
        this.schema = schema;
    }

    public synchronized SoqlQuery parse(String soql) {
        tokens = Lexer.tokens(soql);
        next = 0;
        reads = new BitSet();
        clause = new BitSet();
        expectWord("SELECT");
        List<Token> fieldTokens = new ArrayList<>();
        boolean count = false;
        if (peek().type() == Token.Type.WORD && peek().text().equalsIgnoreCase("COUNT") && tokens.size() > next + 1
                && tokens.get(next + 1).text().equals("(")) {
            next++;
            expectSymbol("(");
            expectSymbol(")");
            count = true;
        } else {
            do {
                fieldTokens.add(expect(Token.Type.WORD, "a field name"));
            } while (acceptSymbol(","));
        }
        expectWord("FROM");
        Token from = expect(Token.Type.WORD, "an object name");
        object = schema.object(from.text()).orElseThrow(() -> new SoqlException(SoqlException.Kind.INVALID_TYPE,
                "sObject type '" + from.text() + "' is not supported. If you are attempting to use a custom object, be sure "
                        + "to append the '__c' after the entity name. Please reference your WSDL or the describe call for "
                        + "the appropriate names.", 1, from.column()));
        List<FieldDefinition> fields = fieldTokens.stream().map(this::field).toList();
        Predicate<String[]> where = null;
        BitSet whereReads = clause = new BitSet();
        if (acceptWord("WHERE")) {
            where = or();
        }
        Comparator<String[]> order = null;
        BitSet orderReads = clause = new BitSet();
        if (acceptWord("ORDER")) {
            expectWord("BY");
            order = orderBy();
        }
        Integer limit = null;
        if (acceptWord("LIMIT")) {
            limit = Integer.valueOf(expect(Token.Type.NUMBER, "a number").text());
        }
        if (peek().type() != Token.Type.END) {
            throw unexpected(peek());
        }
        int[] columns = fields.stream().mapToInt(object::position).toArray();
        reads.set(object.position("Id"));
        return new SoqlQuery(object, fields, columns, where, order, limit, count,
                new SoqlQuery.Reads(reads.stream().toArray(), whereReads.stream().toArray(), orderReads.stream().toArray()));
    }

    private Predicate<String[]> or() {
        Predicate<String[]> left = and();
        while (acceptWord("OR")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<String[]> and() {
        Predicate<String[]> left = not();
        while (acceptWord("AND")) {
            left = left.and(not());
        }
        return left;
    }

    private Predicate<String[]> not() {
        if (acceptWord("NOT")) {
            return not().negate();
        }
        if (acceptSymbol("(")) {
            Predicate<String[]> inner = or();
            expectSymbol(")");
            return inner;
        }
        FieldDefinition field = field(expect(Token.Type.WORD, "a field name"));
        if (acceptWord("LIKE")) {
            return Conditions.like(object.position(field), expect(Token.Type.STRING, "a quoted pattern").text());
        }
        boolean negated = acceptWord("NOT");
        if (acceptWord("IN")) {
            expectSymbol("(");
            List<String> values = new ArrayList<>();
            do {
                values.add(value());
            } while (acceptSymbol(","));
            expectSymbol(")");
            int column = object.position(field);
            Predicate<String[]> in = Conditions.in(field, column, values);
            return negated ? in.negate().and(row -> row[column] != null) : in;
        }
        if (negated) {
            throw unexpected(peek());
        }
        Token operator = expect(Token.Type.SYMBOL, "an operator");
        if (!List.of("=", "!=", "<", "<=", ">", ">=").contains(operator.text())) {
            throw unexpected(operator);
        }
        return Conditions.compare(field, object.position(field), operator.text(), value());
    }

    private Comparator<String[]> orderBy() {
        Comparator<String[]> order = null;
        do {
            FieldDefinition field = field(expect(Token.Type.WORD, "a field name"));
            boolean descending = acceptWord("DESC");
            if (!descending) {
                acceptWord("ASC");
            }
            Comparator<String[]> item = Conditions.order(field, object.position(field), descending);
            order = order == null ? item : order.thenComparing(item);
        } while (acceptSymbol(","));
        return order;
    }

    /** A literal as text, or null for {@code null}. */
    private String value() {
        Token token = peek();
        switch (token.type()) {
            case STRING, NUMBER, DATE, DATETIME -> {
                next++;
                return token.text();
            }
            case WORD -> {
                if (token.is("null")) {
                    next++;
                    return null;
                }
                if (token.is("true") || token.is("false")) {
                    next++;
                    return token.text().toLowerCase(java.util.Locale.ROOT);
                }
                throw unexpected(token);
            }
            default -> throw unexpected(token);
        }
    }

    /** The field a token names; the query reads it. */
    private FieldDefinition field(Token token) {
        FieldDefinition field = object.field(token.text()).orElseThrow(() -> new SoqlException(SoqlException.Kind.INVALID_FIELD,
                "No such column '" + token.text() + "' on entity '" + object.name() + "'. If you are attempting to use a "
                        + "custom field, be sure to append the '__c' after the custom field name. Please reference your "
                        + "WSDL or the describe call for the appropriate names.", 1, token.column()));
        reads.set(object.position(field));
        clause.set(object.position(field));
        return field;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean acceptWord(String keyword) {
        if (peek().is(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expectWord(String keyword) {
        if (!acceptWord(keyword)) {
            throw unexpected(peek());
        }
    }

    private void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw unexpected(peek());
        }
    }

    private Token expect(Token.Type type, String what) {
        Token token = peek();
        if (token.type() != type) {
            throw unexpected(token);
        }
        next++;
        return token;
    }

    private static SoqlException unexpected(Token token) {
        String text = token.type() == Token.Type.END ? "<EOF>" : token.text();
        return new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unexpected token: " + text, 1, token.column());
    }
}
