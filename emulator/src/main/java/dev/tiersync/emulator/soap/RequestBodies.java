package dev.tiersync.emulator.soap;

import com.github.tomakehurst.wiremock.common.Gzip;
import java.nio.charset.StandardCharsets;

/** Request bodies as text: force-wsc gzips what it sends, when its config says so. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static String text(byte[] raw) {
        return Gzip.isGzipped(raw) ? Gzip.unGzipToString(raw) : new String(raw, StandardCharsets.UTF_8);
    }
}
