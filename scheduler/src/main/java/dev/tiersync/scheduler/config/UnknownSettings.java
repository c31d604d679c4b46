package dev.tiersync.scheduler.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code serve} refuses a {@code tiersync.*} key that no setting has ({@code tiersync.schedul.cron}), naming the
 * nearest valid key, instead of ignoring it. The keys are those of every {@code tiersync.*} settings record of the
 * application; environment variables are not checked (some, like {@code TIERSYNC_PASSWORD_<NAME>} and
 * {@code TIERSYNC_HOME}, are read by name, not bound).
 */
@Component
class UnknownSettings {

    UnknownSettings(ConfigurableEnvironment environment, ListableBeanFactory beans) {
        SettingKeys keys = new SettingKeys();
        for (String bean : beans.getBeanNamesForAnnotation(ConfigurationProperties.class)) {
            Class<?> type = beans.getType(bean, false);
            if (type == null) {
                continue;
            }
            ConfigurationProperties properties = beans.findAnnotationOnBean(bean, ConfigurationProperties.class, false);
            if (properties == null) {
                properties = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
            }
            String prefix = properties == null ? "" : properties.prefix().isEmpty() ? properties.value() : properties.prefix();
            if (prefix.equals("tiersync") || prefix.startsWith("tiersync.")) {
                keys.with(prefix, org.springframework.util.ClassUtils.getUserClass(type));
            }
        }
        List<String> problems = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource
                    || !(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(name -> ConfigurationPropertyName.of("tiersync").isAncestorOf(name))
                    .forEach(name -> keys.problem(name.toString()).ifPresent(problems::add));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().distinct().toList()));
        }
    }
}
