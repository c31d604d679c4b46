package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.PluginContext;
import dev.tiersync.plugins.ContributionDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Finds a contribution's class in its plugin's class loader, checks it can serve its point, and creates instances. */
final class ContributionClasses {

    private ContributionClasses() {
    }

    /**
     * The class, loaded but not initialised.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static Class<?> load(ContributionDescriptor contribution, ClassLoader loader) {
        String where = "contribution '" + contribution.id() + "': class " + contribution.className();
        Class<?> type;
        try {
            type = Class.forName(contribution.className(), false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(where + " is not in the jar");
        } catch (LinkageError e) {
            throw new IllegalArgumentException(where + " cannot be loaded: " + linkage(e));
        }
        Class<?> point = contribution.point().type();
        if (!point.isAssignableFrom(type)) {
            throw new IllegalArgumentException(where + " does not implement " + point.getName() + ", which extension point "
                    + contribution.point().id() + " needs");
        }
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || type.isInterface()
                || (type.isMemberClass() && !Modifier.isStatic(modifiers))) {
            throw new IllegalArgumentException(where + " must be a public, concrete, top-level (or static nested) class");
        }
        try {
            if (constructor(type) == null) {
                throw new IllegalArgumentException(where + " needs a public constructor taking a PluginContext, or none");
            }
        } catch (LinkageError e) {
            throw new IllegalArgumentException(where + " cannot be loaded: " + linkage(e));
        }
        return type;
    }

    /**
     * A new instance, given its context.
     *
     * @throws IllegalArgumentException with the contribution's own message when it refuses to start
     */
    static <T> T create(Class<?> type, Class<T> point, PluginContext context) {
        Constructor<?> constructor = constructor(type);
        try {
            Object instance = constructor.getParameterCount() == 1 ? constructor.newInstance(context) : constructor.newInstance();
            return point.cast(instance);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException("contribution '" + context.contributionId() + "' did not start: " + describe(cause), cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("contribution '" + context.contributionId() + "' could not be created: "
                    + (e instanceof LinkageError l ? linkage(l) : describe(e)), e);
        }
    }

    /** An exception as reports show it: its class and message. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?> none = null;
        for (Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == PluginContext.class) {
                return c;
            }
            if (c.getParameterCount() == 0) {
                none = c;
            }
        }
        return none;
    }

    private static String linkage(LinkageError e) {
        if (e instanceof NoClassDefFoundError && e.getMessage() != null) {
            String missing = e.getMessage().replace('/', '.');
            return "it needs " + missing + ", which plugins cannot see: a plugin sees only the TierSync plugin API "
                    + "(dev.tiersync.plugin.api) and the JDK; build it against tiersync-plugin-api and bundle any other library in its jar";
        }
        return describe(e);
    }
}
