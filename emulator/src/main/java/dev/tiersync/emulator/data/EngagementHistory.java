package dev.tiersync.emulator.data;

import dev.tiersync.emulator.AccountKind;
import dev.tiersync.emulator.store.SalesforceIds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes what a CRM records of one account's relationship besides its deals: contacts, support
 * cases, activities (calls and emails as Tasks, meetings as Events) and the contacts on its won
 * deals (OpportunityContactRole), at the ratios of a B2B org and shaped by the account's kind:
 * <ul>
 *   <li>contacts grow with company size (Small 2-4, Mid-Market 4-9, Enterprise 8-19); an expanding
 *       customer adds half as many again in the last year; an under-penetrated one knows only 2-4 people;</li>
 *   <li>cases come only after the first win, about 1, 2.5 and 6 a year by size (15 % High priority); a
 *       shrinking customer files 2.5 times as many in its last year, 40 % High; a stopped one files twice
 *       as many in the half year before it stopped, then hardly any;</li>
 *   <li>activities cover the last year, about 0.5, 1 and 2 a month by size (a prospect 0.2): a steady
 *       customer's are even, a shrinking one's fade (70 % from nine months ago, 20 % in the last quarter),
 *       a stopped one's to almost nothing after its last order, an expanding one's rise (1.5 times from nine
 *       months ago, 3 times in the last quarter), a new customer's triple since it signed;</li>
 *   <li>each won deal of the last year names 1-2 (Small), 2-4 (Mid-Market) or 3-7 (Enterprise)
 *       contacts of the account, an expanding customer's recent deals one or two more.</li>
 * </ul>
 * Each account draws from a stream of its own, so its opportunities are those it had without this.
 */
final class EngagementHistory {

    static final int ACTIVITY_DAYS = 365;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String[] FIRST = {"Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Grace", "Hiro", "Ivan", "Jo", "Kofi", "Lena"};
    private static final String[] LAST = {"Garcia", "Smith", "Okafor", "Muller", "Tanaka", "Novak", "Silva", "Khan", "Dubois", "Lee"};
    private static final String[] TITLES = {"CFO", "VP Operations", "IT Director", "Procurement Manager", "Head of Sales",
            "Engineer", "Office Manager", "CEO", "Analyst"};
    private static final String[] ROLES = {"Business User", "Evaluator", "Influencer", "Technical Buyer", "Executive Sponsor", "Other"};
    private static final String[] CASE_TYPES = {"Mechanical", "Electrical", "Electronic", "Structural", "Other"};
    private static final String[] CASE_REASONS = {"Installation", "Equipment Complexity", "Performance", "Breakdown", "Feedback", "Other"};
    private static final String[] ORIGINS = {"Phone", "Email", "Web"};

    private final Sequences ids;
    private final SplittableRandom random;
    private final LocalDate anchor;
    private final String accountId;
    private final AccountKind kind;
    private final int band;

    EngagementHistory(Sequences ids, SplittableRandom random, LocalDate anchor, String accountId, AccountKind kind, int band) {
        this.ids = ids;
        this.random = random;
        this.anchor = anchor;
        this.accountId = accountId;
        this.kind = kind;
        this.band = band;
    }

    /** The records, contacts first, from the account's opportunity rows. */
    void write(List<Map<String, String>> opportunities, RecordSink sink) {
        List<LocalDate> wins = new ArrayList<>();
        for (Map<String, String> o : opportunities) {
            if ("true".equals(o.get("IsWon"))) {
                wins.add(LocalDate.parse(o.get("CloseDate")));
            }
        }
        LocalDate firstWin = wins.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate lastWin = wins.stream().max(LocalDate::compareTo).orElse(null);
        List<Contact> contacts = contacts(firstWin, sink);
        if (firstWin != null) {
            cases(firstWin, lastWin, contacts, sink);
        }
        activities(firstWin, lastWin, contacts, sink);
        for (Map<String, String> o : opportunities) {
            if ("true".equals(o.get("IsWon"))) {
                LocalDate close = LocalDate.parse(o.get("CloseDate"));
                if (close.isAfter(anchor.minusYears(1))) {
                    roles(o.get("Id"), close, contacts, sink);
                }
            }
        }
    }

    private List<Contact> contacts(LocalDate firstWin, RecordSink sink) {
        int[] low = {2, 4, 8};
        int[] spread = {3, 6, 12};
        int count = switch (kind) {
            case PROSPECT -> 1 + random.nextInt(3);
            case UNDERPENETRATED -> 2 + random.nextInt(3);
            case OUTLIER -> 20 + random.nextInt(15);
            default -> low[band] + random.nextInt(spread[band]);
        };
        int added = kind == AccountKind.EXPANDING ? Math.max(2, count / 2 + random.nextInt(count / 2 + 1)) : 0;
        List<Contact> contacts = new ArrayList<>();
        LocalDate since = kind == AccountKind.NEW && firstWin != null ? firstWin.minusDays(60) : anchor.minusDays(3 * 365);
        int span = (int) Math.max(1, since.until(anchor, java.time.temporal.ChronoUnit.DAYS)
                - (kind == AccountKind.EXPANDING ? 365 : 0));
        for (int i = 0; i < count + added; i++) {
            LocalDate created = i < count ? since.plusDays(random.nextInt(span)) : anchor.minusDays(1 + random.nextInt(365));
            Contact contact = new Contact(SalesforceIds.of("003", OrgGenerator.INSTANCE, ids.next("Contact")), created);
            Map<String, String> row = new LinkedHashMap<>();
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            row.put("Id", contact.id());
            row.put("AccountId", accountId);
            row.put("FirstName", first);
            row.put("LastName", last);
            row.put("Title", TITLES[random.nextInt(TITLES.length)]);
            row.put("Email", (first + "." + last + "." + contact.id().substring(10, 15) + "@example.com").toLowerCase(java.util.Locale.ROOT));
            row.put("CreatedDate", datetime(created));
            row.put("SystemModstamp", datetime(created));
            sink.accept("Contact", row);
            contacts.add(contact);
        }
        return contacts;
    }

    private void cases(LocalDate firstWin, LocalDate lastWin, List<Contact> contacts, RecordSink sink) {
        double[] perYear = {1, 2.5, 6};
        double rate = perYear[band] * (kind == AccountKind.OUTLIER ? 2 : 1) * (0.6 + 0.8 * random.nextDouble());
        LocalDate yearAgo = anchor.minusYears(1);
        for (LocalDate day = firstWin.plusDays(1); day.isBefore(anchor); day = day.plusDays(7)) {
            double weekly = rate / 52;
            double highShare = 0.15;
            if (kind == AccountKind.SHRINKING && !day.isBefore(yearAgo)) {
                weekly *= 2.5;
                highShare = 0.4;
            } else if (kind == AccountKind.STOPPED) {
                weekly *= day.isAfter(lastWin) ? 0.1 : day.isAfter(lastWin.minusDays(183)) ? 2 : 1;
            }
            if (random.nextDouble() < weekly) {
                supportCase(day.plusDays(random.nextInt(7)), highShare, contacts, sink);
            }
        }
    }

    private void supportCase(LocalDate opened, double highShare, List<Contact> contacts, RecordSink sink) {
        if (!opened.isBefore(anchor)) {
            return;
        }
        long n = ids.next("Case");
        double u = random.nextDouble();
        String priority = u < highShare ? "High" : u < highShare + 0.5 ? "Medium" : "Low";
        LocalDate closed = opened.plusDays(1 + random.nextInt(priority.equals("High") ? 5 : 20));
        boolean isClosed = closed.isBefore(anchor);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", SalesforceIds.of("500", OrgGenerator.INSTANCE, n));
        row.put("CaseNumber", String.format(java.util.Locale.ROOT, "%08d", n));
        row.put("AccountId", accountId);
        row.put("ContactId", contactAt(opened, contacts));
        row.put("Type", CASE_TYPES[random.nextInt(CASE_TYPES.length)]);
        row.put("Reason", CASE_REASONS[random.nextInt(CASE_REASONS.length)]);
        row.put("Origin", ORIGINS[random.nextInt(ORIGINS.length)]);
        row.put("Priority", priority);
        row.put("Status", isClosed ? "Closed" : priority.equals("High") ? "Escalated" : random.nextBoolean() ? "New" : "Working");
        row.put("Subject", "Support request " + n);
        row.put("IsClosed", Boolean.toString(isClosed));
        row.put("IsEscalated", Boolean.toString(priority.equals("High")));
        if (isClosed) {
            row.put("ClosedDate", datetime(closed));
        }
        row.put("CreatedDate", datetime(opened));
        row.put("SystemModstamp", datetime(isClosed ? closed : opened));
        sink.accept("Case", row);
    }

    private void activities(LocalDate firstWin, LocalDate lastWin, List<Contact> contacts, RecordSink sink) {
        double[] perMonth = {0.5, 1, 2};
        double rate = kind == AccountKind.PROSPECT ? 0.2 : perMonth[band] * (kind == AccountKind.OUTLIER ? 2
                : kind == AccountKind.UNDERPENETRATED ? 0.5 : 1);
        rate *= 0.7 + 0.6 * random.nextDouble();
        LocalDate quarterAgo = anchor.minusDays(90);
        LocalDate nineMonthsAgo = anchor.minusDays(270);
        for (LocalDate day = anchor.minusDays(ACTIVITY_DAYS); day.isBefore(anchor); day = day.plusDays(1)) {
            boolean lastQuarter = !day.isBefore(quarterAgo);
            boolean lastNineMonths = !day.isBefore(nineMonthsAgo);
            double factor = switch (kind) {
                case SHRINKING -> lastQuarter ? 0.2 : lastNineMonths ? 0.7 : 1;
                case STOPPED -> lastWin != null && day.isAfter(lastWin) ? 0.03 : 1;
                case EXPANDING -> lastQuarter ? 3 : lastNineMonths ? 1.5 : 1;
                case NEW -> firstWin != null && !day.isBefore(firstWin.minusDays(30)) ? 3 : 0.3;
                default -> 1;
            };
            if (random.nextDouble() < rate * factor / 30.4) {
                activity(day, contacts, sink);
            }
        }
    }

    private void activity(LocalDate day, List<Contact> contacts, RecordSink sink) {
        double u = random.nextDouble();
        Map<String, String> row = new LinkedHashMap<>();
        String who = contactAt(day, contacts);
        if (u < 0.25) {
            row.put("Id", SalesforceIds.of("00U", OrgGenerator.INSTANCE, ids.next("Event")));
            row.put("Subject", "Meeting");
            row.put("Type", "Meeting");
            row.put("EventSubtype", "Event");
            int minutes = random.nextBoolean() ? 30 : 60;
            row.put("DurationInMinutes", Integer.toString(minutes));
            row.put("ActivityDateTime", datetime(day));
            row.put("StartDateTime", datetime(day));
            row.put("EndDateTime", DATETIME.format(day.atTime(LocalTime.of(9, 0)).plusMinutes(minutes).atOffset(ZoneOffset.UTC)));
        } else {
            boolean call = u < 0.65;
            row.put("Id", SalesforceIds.of("00T", OrgGenerator.INSTANCE, ids.next("Task")));
            row.put("Subject", call ? "Call" : "Email");
            row.put("Type", call ? "Call" : "Email");
            row.put("TaskSubtype", call ? "Call" : "Email");
            row.put("Status", "Completed");
            row.put("Priority", "Normal");
            row.put("IsClosed", "true");
            if (call) {
                row.put("CallDurationInSeconds", Integer.toString(60 + random.nextInt(1200)));
            }
        }
        row.put("ActivityDate", day.toString());
        if (who != null) {
            row.put("WhoId", who);
        }
        row.put("WhatId", accountId);
        row.put("AccountId", accountId);
        row.put("CreatedDate", datetime(day));
        row.put("SystemModstamp", datetime(day));
        sink.accept(row.get("Id").startsWith("00U") ? "Event" : "Task", row);
    }

    private void roles(String opportunityId, LocalDate close, List<Contact> contacts, RecordSink sink) {
        List<Contact> known = contacts.stream().filter(c -> c.created().isBefore(close)).toList();
        if (known.isEmpty()) {
            known = contacts.subList(0, 1);
        }
        int[] low = {1, 2, 3};
        int[] spread = {2, 3, 5};
        int size = low[band] + random.nextInt(spread[band])
                + (kind == AccountKind.EXPANDING && close.isAfter(anchor.minusYears(1)) ? 1 + random.nextInt(2) : 0);
        size = Math.min(size, known.size());
        int start = random.nextInt(known.size());
        for (int i = 0; i < size; i++) {
            Contact contact = known.get((start + i) % known.size());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Id", SalesforceIds.of("00K", OrgGenerator.INSTANCE, ids.next("OpportunityContactRole")));
            row.put("OpportunityId", opportunityId);
            row.put("ContactId", contact.id());
            row.put("Role", i == 0 ? (random.nextBoolean() ? "Decision Maker" : "Economic Buyer") : ROLES[random.nextInt(ROLES.length)]);
            row.put("IsPrimary", Boolean.toString(i == 0));
            LocalDate created = close.minusDays(20);
            row.put("CreatedDate", datetime(created));
            row.put("SystemModstamp", datetime(created));
            sink.accept("OpportunityContactRole", row);
        }
    }

    /** A contact the account had on the day, or its first one. */
    private String contactAt(LocalDate day, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return null;
        }
        for (int tries = 0; tries < 4; tries++) {
            Contact c = contacts.get(random.nextInt(contacts.size()));
            if (c.created().isBefore(day)) {
                return c.id();
            }
        }
        return contacts.get(0).id();
    }

    private static String datetime(LocalDate day) {
        return DATETIME.format(day.atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC));
    }

    private record Contact(String id, LocalDate created) {
    }

    /** The next id number per object, across the org. */
    static final class Sequences {

        private final Map<String, long[]> next = new java.util.HashMap<>();

        long next(String object) {
            return ++next.computeIfAbsent(object, o -> new long[1])[0];
        }
    }
}
