package dev.tiersync.salesforce.wsc;

import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.parser.XmlInputStream;
import com.sforce.ws.parser.XmlOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * One page of a {@code query}, {@code queryAll} or {@code queryMore} answer, read straight off force-wsc's parser
 * into each record's element texts. force-wsc's own binding makes an {@code XmlObject} with its {@code QName} for
 * every field of every record and checks each element's {@code xsi:type}; profiling the pull showed that binding
 * as the costliest part of reading a page after the XML parsing itself. A pull only needs each field's text, which
 * it parses by the field's own type.
 * <p>
 * Records of one page name their fields alike, so the first record's element names serve every record that
 * follows them in the same order; a record that differs keeps names of its own. Within a record the first element
 * of a name wins, as force-wsc's {@code getField} has it; an element left empty or {@code xsi:nil} reads as an
 * empty text. Public only because force-wsc's {@link TypeMapper} makes the page by reflection.
 */
public final class QueryPage implements XMLizable {

    private static final String[] NO_NAMES = {};

    private boolean done = true;
    private String queryLocator;
    private int size;
    private String[] names = NO_NAMES;
    private Map<String, Integer> positions;
    private final List<String[]> values = new ArrayList<>();
    /** The element names of the record being read, compared with the first record's once it is read. */
    private String[] read = new String[16];
    /** Names of the records, by their index, whose elements differ from the first record's. */
    private final Map<Integer, String[]> ownNames = new HashMap<>();

    public QueryPage() {
    }

    boolean isDone() {
        return done;
    }

    String queryLocator() {
        return queryLocator;
    }

    /** How many records the whole query matches, as Salesforce counts them: not only this page's. */
    int size() {
        return size;
    }

    int records() {
        return values.size();
    }

    /** The record's texts by field name: null for a field the record does not carry. */
    Function<String, Object> record(int index) {
        String[] texts = values.get(index);
        String[] own = ownNames.get(index);
        Map<String, Integer> at = own == null ? positions() : positions(own);
        return field -> {
            Integer position = at.get(field);
            return position == null ? null : texts[position];
        };
    }

    private Map<String, Integer> positions() {
        if (positions == null) {
            positions = positions(names);
        }
        return positions;
    }

    private static Map<String, Integer> positions(String[] names) {
        Map<String, Integer> positions = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            positions.putIfAbsent(names[i], i);
        }
        return positions;
    }

    @Override
    public void load(XmlInputStream in, TypeMapper mapper) throws IOException, ConnectionException {
        mapper.consumeStartTag(in); // the response element
        mapper.consumeStartTag(in); // its result
        while (in.nextTag() == XmlInputStream.START_TAG) {
            switch (in.getName()) {
                case "done" -> done = Boolean.parseBoolean(text(in));
                case "queryLocator" -> {
                    String locator = text(in);
                    queryLocator = locator.isEmpty() ? null : locator;
                }
                case "size" -> size = number(text(in));
                case "records" -> readRecord(in);
                default -> throw new ConnectionException("Unexpected element " + in.getName() + " in a query result");
            }
        }
        mapper.consumeEndTag(in); // the response element's end
    }

    private void readRecord(XmlInputStream in) throws IOException, ConnectionException {
        String[] texts = new String[Math.max(names.length, 8)];
        int count = 0;
        while (in.nextTag() == XmlInputStream.START_TAG) {
            if (count == texts.length) {
                texts = Arrays.copyOf(texts, count * 2);
            }
            if (count == read.length) {
                read = Arrays.copyOf(read, count * 2);
            }
            read[count] = in.getName();
            texts[count++] = text(in);
        }
        if (!Arrays.equals(read, 0, count, names, 0, names.length)) {
            String[] recordNames = Arrays.copyOf(read, count);
            if (values.isEmpty()) {
                names = recordNames;
                positions = null;
            } else {
                ownNames.put(values.size(), recordNames);
            }
        }
        values.add(count == texts.length ? texts : Arrays.copyOf(texts, count));
    }

    /** The text of the element just begun, its end consumed; a field with fields of its own is not one a pull selects. */
    private static String text(XmlInputStream in) throws IOException, ConnectionException {
        String name = in.getName();
        int event = in.next();
        if (event == XmlInputStream.END_TAG) {
            return "";
        }
        if (event != XmlInputStream.TEXT) {
            throw new ConnectionException("Element " + name + " of a query result holds elements of its own, where a "
                    + "text was expected: the pull selects no relationship fields or subqueries");
        }
        String text = in.getText();
        if (in.next() != XmlInputStream.END_TAG) {
            throw new ConnectionException("Element " + name + " of a query result holds more than a text");
        }
        return text;
    }

    private static int number(String text) throws ConnectionException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ConnectionException("A query result's size is not a number: " + text, e);
        }
    }

    @Override
    public void write(QName element, XmlOutputStream out, TypeMapper mapper) {
        throw new UnsupportedOperationException("a query page is only read");
    }
}
