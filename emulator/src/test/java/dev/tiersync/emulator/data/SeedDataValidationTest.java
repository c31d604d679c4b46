package dev.tiersync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.SeedDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed files a real org (or Data Loader) would refuse are refused at load with one line naming the
 * file, the line and the column, and saying what to fix.
 */
class SeedDataValidationTest {

    private static final String ACCOUNT = "0015g00000SEED1AAA";
    private static final String OTHER_ACCOUNT = "0015g00000SEED2AAA";
    private static final String OPPORTUNITY = "0065g00000SEED1AAA";
    private static final String GOOD_ACCOUNTS = "Id,Name\n" + ACCOUNT + ",Acme\n" + OTHER_ACCOUNT + ",Beta\n";
    private static final String GOOD_OPPORTUNITIES = "Id,AccountId,Name\n" + OPPORTUNITY + "," + ACCOUNT + ",Renewal\n";

    /**
     * One malformed input.
     *
     * @param file the file the bad content goes in; the other gets good content
     * @param line the line the message must name
     * @param column the column it must name, or null
     * @param says what the message must say
     */
    record Case(String name, String file, byte[] content, long line, String column, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refused() {
        return Stream.of(
                account("an unclosed quote", "Id,Name\n" + ACCOUNT + ",Acme\n" + OTHER_ACCOUNT + ",\"Beta Corp\n0015g00000SEED3AAA,Gamma\n",
                        3, null, "a quoted value opens here and is never closed"),
                new Case("a Latin-1 file", "Account.csv", latin1("Id,Name\n" + ACCOUNT + ",Acme\n" + OTHER_ACCOUNT + ",Société Générale\n"),
                        3, null, "the file is not UTF-8 (byte 0xE9); it looks like Latin-1 (ISO-8859-1) or Windows-1252"),
                account("semicolons for commas", "Id;Name\n" + ACCOUNT + ";Acme\n", 1, null,
                        "the header is separated by semicolons, not by commas"),
                account("tabs for commas", "Id\tName\n" + ACCOUNT + "\tAcme\n", 1, null, "the header is separated by tabs"),
                account("an unknown column", "Id,Name,Rank\n" + ACCOUNT + ",Acme,1\n", 1, "Rank", "No such column 'Rank' on entity 'Account'"),
                account("an Id that is not one", "Id,Name\nBAD,Acme\n", 2, "Id", "'BAD' is not Account id (15 or 18 letters and digits starting 001)"),
                account("a 300-character Name", "Id,Name\n" + ACCOUNT + "," + "N".repeat(300) + "\n", 2, "Name",
                        "a value of 300 characters is longer than the 255 Name holds"),
                account("employees that are not whole", "Id,Name,NumberOfEmployees\n" + ACCOUNT + ",Acme,12.5\n", 2, "NumberOfEmployees",
                        "'12.5' is not a whole number"),
                account("revenue of too many digits", "Id,Name,AnnualRevenue\n" + ACCOUNT + ",Acme,1" + "0".repeat(20) + "\n", 2,
                        "AnnualRevenue", "has more than the 18 digits before the point AnnualRevenue holds"),
                account("a value a restricted picklist does not have", "Id,Name,CleanStatus\n" + ACCOUNT + ",Acme,Dirty\n", 2, "CleanStatus",
                        "'Dirty' is not one of the values of the restricted picklist CleanStatus"),
                account("a created date that is not one", "Id,Name,CreatedDate\n" + ACCOUNT + ",Acme,yesterday\n", 2, "CreatedDate",
                        "'yesterday' is not a date and time"),
                account("an owner that is not an id", "Id,Name,OwnerId\n" + ACCOUNT + ",Acme,bob\n", 2, "OwnerId",
                        "'bob' is not a record id"),
                account("a parent the folder does not hold", "Id,Name,ParentId\n" + ACCOUNT + ",Acme,0015g00000NOPE1AAA\n", 2, "ParentId",
                        "no account 0015g00000NOPE1AAA in Account.csv"),
                opportunity("an Amount of abc", "Id,AccountId,Amount\n" + OPPORTUNITY + "," + ACCOUNT + ",abc\n", 2, "Amount",
                        "'abc' is not a number"),
                opportunity("a CloseDate of 31/02/2017", "Id,AccountId,CloseDate\n" + OPPORTUNITY + "," + ACCOUNT + ",31/02/2017\n", 2,
                        "CloseDate", "'31/02/2017' is not a date (YYYY-MM-DD"),
                opportunity("a CloseDate of 2017-02-31", "Id,AccountId,CloseDate\n" + OPPORTUNITY + "," + ACCOUNT + ",2017-02-31\n", 2,
                        "CloseDate", "'2017-02-31' is not a date"),
                opportunity("an opportunity of an unknown account", "Id,AccountId\n" + OPPORTUNITY + ",0015g00000NOPE1AAA\n", 2, "AccountId",
                        "no account 0015g00000NOPE1AAA in Account.csv"),
                opportunity("an account id in the opportunity file", "Id,AccountId\n" + ACCOUNT + "," + ACCOUNT + "\n", 2, "Id",
                        "is not Opportunity id"),
                opportunity("IsWon of yes", "Id,AccountId,IsWon\n" + OPPORTUNITY + "," + ACCOUNT + ",yes\n", 2, "IsWon", "'yes' is not true or false"),
                new Case("a contact role of a contact the folder does not hold", "OpportunityContactRole.csv",
                        utf8("Id,OpportunityId,ContactId,Role\n00K5g00000SEED1AAA," + OPPORTUNITY + ",0035g00000NOPE1AAA,Evaluator\n"),
                        2, "ContactId", "no contact 0035g00000NOPE1AAA in Contact.csv"),
                new Case("a case of an account the folder does not hold", "Case.csv",
                        utf8("Id,AccountId,Status\n5005g00000SEED1AAA,0015g00000NOPE1AAA,New\n"), 2, "AccountId",
                        "no account 0015g00000NOPE1AAA in Account.csv"),
                new Case("a task whose WhoId is not an id", "Task.csv", utf8("Id,WhoId,Subject\n00T5g00000SEED1AAA,Rogers,Call\n"), 2, "WhoId",
                        "'Rogers' is not a record id"),
                new Case("a task subtype the restricted picklist lacks", "Task.csv",
                        utf8("Id,Subject,TaskSubtype\n00T5g00000SEED1AAA,Call,Fax\n"), 2, "TaskSubtype", "'Fax' is not one of the values"),
                opportunity("a probability that is not a number", "Id,AccountId,Probability\n" + OPPORTUNITY + "," + ACCOUNT + ",high\n", 2,
                        "Probability", "'high' is not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedAtLoadNamingFileLineAndColumn(Case c, @TempDir Path dir) throws IOException {
        Files.write(dir.resolve("Account.csv"), utf8(GOOD_ACCOUNTS));
        Files.write(dir.resolve("Opportunity.csv"), utf8(GOOD_OPPORTUNITIES));
        Files.write(dir.resolve(c.file()), c.content());
        Path file = dir.resolve(c.file());

        assertThatThrownBy(() -> OrgData.fromCsvFolder(dir)).isInstanceOfSatisfying(SeedDataException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(c.line());
            assertThat(e.column()).isEqualTo(java.util.Optional.ofNullable(c.column()));
            assertThat(e.getMessage()).startsWith(file + " line " + c.line() + (c.column() == null ? ": " : ", column " + c.column() + ": "))
                    .contains(c.says()).doesNotContain("\n");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void isAccepted(String name, String accounts, String opportunities, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Account.csv"), accounts);
        Files.writeString(dir.resolve("Opportunity.csv"), opportunities);

        assertThat(OrgData.fromCsvFolder(dir).count("Account")).isPositive();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> accepted() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("good files", GOOD_ACCOUNTS, GOOD_OPPORTUNITIES),
                org.junit.jupiter.params.provider.Arguments.of("a byte-order mark", "\uFEFF" + GOOD_ACCOUNTS, GOOD_OPPORTUNITIES),
                org.junit.jupiter.params.provider.Arguments.of("a quoted multi-line value with a doubled quote",
                        "Id,Name,Description\n" + ACCOUNT + ",Acme,\"Line one, with a \"\"quote\"\"\nline two\"\n", "Id,AccountId\n"),
                org.junit.jupiter.params.provider.Arguments.of("an opportunity without an account", GOOD_ACCOUNTS, "Id,AccountId\n" + OPPORTUNITY + ",\n"),
                org.junit.jupiter.params.provider.Arguments.of("UTF-8 accents", "Id,Name\n" + ACCOUNT + ",Société Générale\n", GOOD_OPPORTUNITIES),
                org.junit.jupiter.params.provider.Arguments.of("a 15-character id", "Id,Name\n0015g00000SEED1,Acme\n", "Id,AccountId\n"));
    }

    private static Case account(String name, String content, long line, String column, String says) {
        return new Case(name, "Account.csv", utf8(content), line, column, says);
    }

    private static Case opportunity(String name, String content, long line, String column, String says) {
        return new Case(name, "Opportunity.csv", utf8(content), line, column, says);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
