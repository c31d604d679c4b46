package dev.tiersync.emulator.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void everyMarkupCharacterIsEscapedWhereverItStands() {
        assertThat(Xml.escape("Fish & Chips <Ltd> \"quoted\" it's")).isEqualTo("Fish &amp; Chips &lt;Ltd&gt; &quot;quoted&quot; it&apos;s");
        assertThat(Xml.escape("&")).isEqualTo("&amp;");
        assertThat(Xml.escape("tail>")).isEqualTo("tail&gt;");
    }

    @Test
    void aTextWithoutMarkupIsGivenBackAsItIs() {
        String text = "Négociation — 交渉 2025-03-01T10:00:00.000Z";

        assertThat(Xml.escape(text)).isSameAs(text);
        assertThat(Xml.escape("")).isEmpty();
    }
}
