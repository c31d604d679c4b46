package dev.tiersync.examples.technographics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A technographics file: which technologies were seen at which account, and when. UTF-8 text, one
 * sighting per line, comma-separated, no quoting:
 *
 * <pre>
 * # lines starting with # and blank lines are ignored
 * account,technology,category,observed
 * 0015g00000AbCdEFGH,HubSpot,crm,2025-03-14
 * example.com,AWS,cloud,2024-11-02
 * </pre>
 *
 * <ul>
 *   <li>{@code account}: the account's Salesforce Id (15 or 18 characters), or its website's domain;</li>
 *   <li>{@code technology}: the product as reps should read it (no comma, no quote);</li>
 *   <li>{@code category}: lower case letters, digits and dashes, such as {@code crm}, {@code cloud},
 *       {@code marketing-automation}; it becomes the attribute {@code technographics.<category>};</li>
 *   <li>{@code observed}: the day the technology was last seen, {@code YYYY-MM-DD}.</li>
 * </ul>
 * A technology seen several times at one account counts by its latest sighting among those a run may know
 * (none after its as-of date). A wrong line stops the file with a message naming the file, the line and what
 * to fix.
 */
public final class TechnographicsFile {

    static final String HEADER = "account,technology,category,observed";
    /** Attribute names the plugin uses for itself, so no category may take them. */
    static final Set<String> RESERVED_CATEGORIES = Set.of("technologies", "count", "last-seen");

    private static final Pattern SALESFORCE_ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Every sighting of each account, by Id or domain. */
    private final Map<String, List<Sighting>> byId;
    private final Map<String, List<Sighting>> byDomain;

    private TechnographicsFile(Map<String, List<Sighting>> byId, Map<String, List<Sighting>> byDomain) {
        this.byId = byId;
        this.byDomain = byDomain;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return its sightings
     * @throws IllegalArgumentException naming the file (and the line) when it cannot be read or a line is wrong
     */
    public static TechnographicsFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("technographics file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(file.toString(), lines);
    }

    static TechnographicsFile parse(String name, List<String> lines) {
        Map<String, List<Sighting>> byId = new HashMap<>();
        Map<String, List<Sighting>> byDomain = new HashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (i + 1) + ": ";
            if (!headerSeen) {
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    throw new IllegalArgumentException(where + "the first line must be the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            Entry entry = entry(line, where);
            Map<String, List<Sighting>> index = entry.isDomain ? byDomain : byId;
            index.computeIfAbsent(entry.key, k -> new ArrayList<>()).add(entry.sighting);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(name + ": the file is empty; it needs the header " + HEADER + " and a line per sighting");
        }
        return new TechnographicsFile(freeze(byId), freeze(byDomain));
    }

    /**
     * The sightings of an account.
     *
     * @param accountId the account's Salesforce Id, 15 or 18 characters
     * @param website the account's website, or null
     * @return the latest sighting of each technology the file holds for the Id and for the website's domain; a
     *     technology seen under both counts once, as the Id found it
     */
    public List<Sighting> sightings(String accountId, String website) {
        return sightings(accountId, website, LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * The sightings of an account observed in a window, such as those a run as of a date may know.
     *
     * @param accountId the account's Salesforce Id, 15 or 18 characters
     * @param website the account's website, or null
     * @param earliest the first day that counts
     * @param latest the last day that counts
     * @return the latest sighting in the window of each technology, for the Id and for the website's domain; a
     *     technology seen under both counts once, as the Id found it
     */
    public List<Sighting> sightings(String accountId, String website, LocalDate earliest, LocalDate latest) {
        List<Sighting> found = latestOfEach(byId.getOrDefault(idKey(accountId), List.of()), earliest, latest);
        String domain = domainOf(website);
        if (domain != null) {
            for (Sighting s : latestOfEach(byDomain.getOrDefault(domain, List.of()), earliest, latest)) {
                if (found.stream().noneMatch(f -> f.technology().equalsIgnoreCase(s.technology()))) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private static List<Sighting> latestOfEach(List<Sighting> sightings, LocalDate earliest, LocalDate latest) {
        Map<String, Sighting> latestByTechnology = new java.util.LinkedHashMap<>();
        for (Sighting s : sightings) {
            if (!s.observed().isBefore(earliest) && !s.observed().isAfter(latest)) {
                latestByTechnology.merge(s.technology().toLowerCase(Locale.ROOT), s,
                        (a, b) -> b.observed().isAfter(a.observed()) ? b : a);
            }
        }
        return new ArrayList<>(latestByTechnology.values());
    }

    /**
     * The domain of a website as the file writes it: no scheme, no {@code www.}, no port or path, lower case.
     *
     * @param website such as {@code https://www.Example.com/en}
     * @return such as {@code example.com}, or null for none
     */
    static String domainOf(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String d = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        d = d.replaceFirst("[/?#:].*$", "");
        d = d.startsWith("www.") ? d.substring(4) : d;
        return d.isEmpty() ? null : d;
    }

    private static Entry entry(String line, String where) {
        if (line.indexOf('"') >= 0) {
            throw new IllegalArgumentException(where + "quotes are not allowed; write the values plainly, without commas in them");
        }
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException(where + "needs 4 values (" + HEADER + "), has " + cells.length);
        }
        String account = cells[0].strip();
        String technology = cells[1].strip();
        String category = cells[2].strip().toLowerCase(Locale.ROOT);
        if (account.isEmpty() || technology.isEmpty()) {
            throw new IllegalArgumentException(where + "the account and the technology must not be empty");
        }
        if (!CATEGORY.matcher(category).matches() || RESERVED_CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(where + "category '" + category + "' must be lower case letters, digits and dashes, "
                    + "and not one of " + RESERVED_CATEGORIES.stream().sorted().toList());
        }
        LocalDate observed;
        try {
            observed = LocalDate.parse(cells[3].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "observed '" + cells[3].strip() + "' must be a date such as 2025-03-14", e);
        }
        boolean isDomain = account.indexOf('.') >= 0;
        if (!isDomain && !SALESFORCE_ID.matcher(account).matches()) {
            throw new IllegalArgumentException(where + "account '" + account + "' is neither a Salesforce Id (15 or 18 characters) "
                    + "nor a website domain such as example.com");
        }
        return new Entry(isDomain ? domainOf(account) : idKey(account), isDomain, new Sighting(technology, category, observed));
    }

    /** An 18-character Id is the 15-character one and a checksum: both find the same account. */
    private static String idKey(String id) {
        return id == null ? "" : id.length() >= 15 ? id.substring(0, 15) : id;
    }

    private static Map<String, List<Sighting>> freeze(Map<String, List<Sighting>> index) {
        Map<String, List<Sighting>> frozen = new HashMap<>();
        index.forEach((key, sightings) -> frozen.put(key, List.copyOf(sightings)));
        return Collections.unmodifiableMap(frozen);
    }

    private record Entry(String key, boolean isDomain, Sighting sighting) {
    }
}
