package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The row predicates and orderings a query compiles to. */
final class Conditions {

    private Conditions() {
    }

    static Predicate<String[]> compare(FieldDefinition field, int column, String operator, String literal) {
        if (literal == null) {
            return switch (operator) {
                case "=" -> row -> row[column] == null;
                case "!=" -> row -> row[column] != null;
                default -> throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY,
                        "null can only be compared with = or !=", 1, 1);
            };
        }
        Comparable<?> right = typed(field, literal);
        return row -> {
            Comparable<?> left = TypedValues.typed(field.type(), row[column]);
            if (left == null) {
                return operator.equals("!=");
            }
            int c = TypedValues.compare(left, right);
            return switch (operator) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        };
    }

    static Predicate<String[]> in(FieldDefinition field, int column, List<String> literals) {
        List<Comparable<?>> values = literals.stream().<Comparable<?>>map(v -> v == null ? null : typed(field, v)).toList();
        return row -> {
            Comparable<?> left = TypedValues.typed(field.type(), row[column]);
            return values.stream().anyMatch(v -> left == null ? v == null : v != null && TypedValues.compare(left, v) == 0);
        };
    }

    static Predicate<String[]> like(int column, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        return row -> {
            String value = row[column];
            return value != null && compiled.matcher(value).matches();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<String[]> order(FieldDefinition field, int column, boolean descending) {
        Comparator<Comparable> values = (a, b) -> TypedValues.compare(a, b);
        Comparator<Comparable> nullsFirst = Comparator.nullsFirst(values);
        Comparator<String[]> ascending = Comparator.comparing(
                row -> (Comparable) TypedValues.typed(field.type(), row[column]), nullsFirst);
        return descending ? ascending.reversed() : ascending;
    }

    private static Comparable<?> typed(FieldDefinition field, String literal) {
        try {
            return Objects.requireNonNull(TypedValues.typed(field.type(), literal));
        } catch (IllegalArgumentException e) {
            throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, e.getMessage() + " for field " + field.name(), 1, 1);
        }
    }
}
