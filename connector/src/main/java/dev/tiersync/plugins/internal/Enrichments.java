package dev.tiersync.plugins.internal;

import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.plugin.api.AttributeValue;
import dev.tiersync.plugin.api.Attributes;

/** The plugin API's attributes as the engine's enrichment, and back: the same keys, the same four kinds of value. */
final class Enrichments {

    private Enrichments() {
    }

    static Enrichment of(Attributes attributes) {
        if (attributes.isEmpty()) {
            return Enrichment.NONE;
        }
        Enrichment.Builder enrichment = Enrichment.builder();
        attributes.asMap().forEach((key, value) -> enrichment.put(key, value(value)));
        return enrichment.build();
    }

    static Attributes attributes(Enrichment enrichment) {
        if (enrichment.isEmpty()) {
            return Attributes.none();
        }
        Attributes.Builder attributes = Attributes.builder();
        enrichment.asMap().forEach((key, value) -> attributes.put(key, value(value)));
        return attributes.build();
    }

    private static Enrichment.Value value(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return new Enrichment.Text(text.value());
        }
        if (value instanceof AttributeValue.Texts texts) {
            return new Enrichment.Texts(texts.values());
        }
        if (value instanceof AttributeValue.Number number) {
            return new Enrichment.Number(number.value());
        }
        return new Enrichment.Flag(((AttributeValue.Flag) value).value());
    }

    private static AttributeValue value(Enrichment.Value value) {
        if (value instanceof Enrichment.Text text) {
            return new AttributeValue.Text(text.value());
        }
        if (value instanceof Enrichment.Texts texts) {
            return new AttributeValue.Texts(texts.values());
        }
        if (value instanceof Enrichment.Number number) {
            return new AttributeValue.Number(number.value());
        }
        return new AttributeValue.Flag(((Enrichment.Flag) value).value());
    }
}
