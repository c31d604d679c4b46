package dev.tiersync.emulator.junit;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an emulated org for JUnit 5 tests on a dynamic port. Registered on a static field it starts
 * once for the class; on an instance field, afresh for each test. Test methods may take the
 * {@link EmulatedOrg} as a parameter.
 * <pre>
 * &#64;RegisterExtension
 * static EmulatedOrgExtension org = new EmulatedOrgExtension(() -&gt; EmulatorSettings.of(OrgData.generate(100, 1, day)));
 * </pre>
 */
public final class EmulatedOrgExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private final Supplier<EmulatorSettings> settings;
    private EmulatedOrg org;
    private boolean perClass;

    public EmulatedOrgExtension(Supplier<EmulatorSettings> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The running org. */
    public EmulatedOrg org() {
        if (org == null) {
            throw new IllegalStateException("the emulated org is not running: register the extension with @RegisterExtension");
        }
        return org;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        org = EmulatedOrg.start(settings.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            org = EmulatedOrg.start(settings.get());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmulatedOrg.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return org();
    }

    private void stop() {
        if (org != null) {
            org.close();
            org = null;
        }
    }
}
