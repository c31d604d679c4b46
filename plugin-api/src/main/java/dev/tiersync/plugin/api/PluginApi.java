package dev.tiersync.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this plugin API itself. */
public final class PluginApi {

    private static final String VERSION = readVersion();

    private PluginApi() {
    }

    /**
     * The version of the plugin API running, such as {@code 1.0.0}: the version of the
     * {@code tiersync-plugin-api} jar, as its build recorded it.
     *
     * @return the version, {@code MAJOR.MINOR.PATCH}
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("the plugin API jar has no dev/tiersync/plugin/api/version.properties");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin API's version", e);
        }
    }
}
