package dev.tiersync.store;

import dev.tiersync.domain.fit.KeptFit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The table of the fit each org's last learning run kept ({@code ts_kept_fit}): the domain's {@link KeptFit},
 * serialized. Reading accepts only the fit's own classes and the JDK's collections, dates and arrays; a kept fit
 * written by another TierSync build does not read, and the next run learns the fit again.
 */
final class KeptFitRows {

    private static final Logger log = LoggerFactory.getLogger(KeptFitRows.class);

    private static final ObjectInputFilter ONLY_THE_FIT = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;dev.tiersync.domain.**;java.util.*;java.time.*;java.lang.*;[D;[I;[Z;[Ljava.lang.Object;!*");

    private KeptFitRows() {
    }

    static Optional<KeptFit> read(Connection connection, String org) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT model FROM ts_kept_fit WHERE org_id = ?")) {
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? decode(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    static void write(Connection connection, String org, KeptFit fit) throws SQLException {
        byte[] model = encode(fit);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_kept_fit WHERE org_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO ts_kept_fit (org_id, learnt_as_of, model) VALUES (?, ?, ?)")) {
            delete.setString(1, org);
            delete.executeUpdate();
            insert.setString(1, org);
            insert.setDate(2, Date.valueOf(fit.learntAsOf()));
            insert.setBytes(3, model);
            insert.executeUpdate();
        }
    }

    private static byte[] encode(KeptFit fit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(fit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the kept fit: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static Optional<KeptFit> decode(byte[] model) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(model))) {
            in.setObjectInputFilter(ONLY_THE_FIT);
            return Optional.of((KeptFit) in.readObject());
        } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
            log.info("the kept fit was written by another TierSync build ({}); this run learns the fit again", e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept fit: " + e.getMessage(), e);
        }
    }
}
