package dev.tiersync.plugins.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin's class loader: the JDK (the platform class loader) and the plugin API's
 * package from the core, nothing else. A plugin that reaches for the engine, Spring or force-wsc gets a
 * {@link ClassNotFoundException}, so the API is its whole contract with the core.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    static final String API_PACKAGE = "dev.tiersync.plugin.api.";
    private static final String API_RESOURCES = API_PACKAGE.replace('.', '/');

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader api;

    ApiOnlyClassLoader(ClassLoader api) {
        super("tiersync-plugin-api", ClassLoader.getPlatformClassLoader());
        this.api = api;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE) && name.indexOf('.', API_PACKAGE.length()) < 0) {
            return api.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isApiResource(name) ? api.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isApiResource(name) ? api.getResources(name) : super.getResources(name);
    }

    private static boolean isApiResource(String name) {
        return name.startsWith(API_RESOURCES) && name.indexOf('/', API_RESOURCES.length()) < 0;
    }

    /** No class of its own: everything not from the API comes from the platform class loader, or not at all. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }
}
