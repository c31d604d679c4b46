package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.Secret;
import org.springframework.core.convert.converter.Converter;

/** Binds a configured password straight into a {@link Secret}, so it is never held as a plain string. */
public final class SecretConverter implements Converter<String, Secret> {

    @Override
    public Secret convert(String source) {
        return Secret.of(source);
    }
}
