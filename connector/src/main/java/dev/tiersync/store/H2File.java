package dev.tiersync.store;

import dev.tiersync.sync.SnapshotUnavailableException;
import dev.tiersync.sync.SnapshotUnavailableException.Reason;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The embedded snapshot database's file ({@code jdbc:h2:file:PATH} keeps it in {@code PATH.mv.db}): its folder
 * is made owner-only and the file readable by its owner only; a file that is empty or was cut short (H2 would
 * silently start a new database, losing the cursor and the write ledger), corrupted, locked by another process
 * or not writable is refused with what happened and what to do.
 */
final class H2File {

    /** How to rebuild a damaged snapshot; README "Recovering a damaged snapshot" says the same. */
    static final String REBUILD = "to rebuild it, move the file away (keep it for a look) and run again: the first run "
            + "on a new snapshot pulls everything from the org (a full pull); the records Salesforce refused are "
            + "found again as the runs try them";

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final boolean heldData;

    private H2File(Path file) {
        this.file = file;
        this.heldData = sizeOf(file) > 0;
    }

    /** The file of an {@code jdbc:h2:file:} URL; empty for another database or an in-memory one. */
    static Optional<H2File> of(String url) {
        if (!url.startsWith("jdbc:h2:file:") && !(url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"))) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "");
        int options = path.indexOf(';');
        path = options < 0 ? path : path.substring(0, options);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new H2File(Path.of(path + ".mv.db").toAbsolutePath()));
    }

    /** Before connecting: its folder exists (owner-only when made here) and is writable; an empty file is refused. */
    void prepare() {
        Path folder = file.getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                restrict(folder, OWNER_FOLDER);
            }
        } catch (IOException | SecurityException e) {
            throw new SnapshotUnavailableException(Reason.NOT_WRITABLE, "cannot create the folder " + folder
                    + " for the snapshot database: " + e.getMessage() + "; give a folder you may write to", e);
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new SnapshotUnavailableException(Reason.NOT_WRITABLE, "the snapshot database " + file + " cannot be "
                    + "written (no write permission on " + (Files.exists(file) ? "the file" : "its folder") + "); give a "
                    + "place you may write to, or fix its permissions", null);
        }
        long newestEnd = newestChunkEnd();
        if (heldData && newestEnd > sizeOf(file)) {
            throw new SnapshotUnavailableException(Reason.DAMAGED, "the snapshot database " + file + " was cut short: its "
                    + "newest data ends at byte " + newestEnd + " but the file ends at " + sizeOf(file) + " (a full disk, a "
                    + "copy or a backup cut short?), and opening it would silently go back to older data; " + REBUILD, null);
        }
        if (Files.exists(file) && !heldData) {
            throw new SnapshotUnavailableException(Reason.DAMAGED, "the snapshot database " + file + " is empty (0 bytes): "
                    + "it was damaged (a full disk, a copy cut short?) and opening it would silently start a new one; "
                    + REBUILD, null);
        }
    }

    /** After connecting: a file that held data but has no tables was cut short; and the file is made owner-only. */
    void check(DataSource dataSource) {
        if (heldData && !hasTables(dataSource)) {
            throw new SnapshotUnavailableException(Reason.DAMAGED, "the snapshot database " + file + " held data but "
                    + "opens with none: it was cut short or damaged, and using it would lose the cursor and the write "
                    + "ledger; " + REBUILD, null);
        }
        restrict(file, OWNER_FILE);
    }

    /** What an error opening the file means, when it is something to act on. */
    Optional<SnapshotUnavailableException> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            int code = t instanceof SQLException sql ? sql.getErrorCode() : 0;
            if (code == 90020 || message.contains("The file is locked") || message.contains("Database may be already in use")) {
                return Optional.of(new SnapshotUnavailableException(Reason.IN_USE, "the snapshot database " + file
                        + " is in use by another process (another run, or serve, on this file): this run did not start "
                        + "and changed nothing; run it again when that one has ended (runs on several machines or at the "
                        + "same time share a PostgreSQL snapshot instead)", failure));
            }
            if (code == 90030 || message.contains("File corrupted") || message.contains("corrupt")) {
                return Optional.of(new SnapshotUnavailableException(Reason.DAMAGED, "the snapshot database " + file
                        + " is damaged (" + message.split("\n")[0] + "); " + REBUILD, failure));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the newest chunk ends, by the file's header ({@code H:2,block:88,blockSize:1000,...}, hexadecimal) and the
     * chunk's own; -1 when the header cannot be read.
     */
    private long newestChunkEnd() {
        if (!heldData) {
            return -1;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher block = java.util.regex.Pattern.compile("[,:]block:([0-9a-f]+)").matcher("," + header);
            java.util.regex.Matcher size = java.util.regex.Pattern.compile("blockSize:([0-9a-f]+)").matcher(header);
            if (!header.startsWith("H:2") || !block.find() || !size.find()) {
                return -1;
            }
            long blockSize = Long.parseLong(size.group(1), 16);
            long start = Long.parseLong(block.group(1), 16) * blockSize;
            return start + chunkLength(start, blockSize);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The length of the chunk at {@code start} by its own header ({@code chunk:a,block:88,len:3,...}), 1 block if unreadable. */
    private long chunkLength(long start, long blockSize) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            if (start >= channel.size()) {
                return 0;
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1024);
            channel.read(bytes, start);
            String header = new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile(",len:([0-9a-f]+)").matcher(header);
            return header.startsWith("chunk:") && length.find() ? Long.parseLong(length.group(1), 16) * blockSize : blockSize;
        }
    }

    private static boolean hasTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (!"INFORMATION_SCHEMA".equalsIgnoreCase(tables.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            return true; // cannot tell: let the migrations say what is wrong
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // Not ours to change (a shared folder someone else owns): the file stays as its owner made it.
        }
    }
}
