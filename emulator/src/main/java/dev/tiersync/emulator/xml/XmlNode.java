package dev.tiersync.emulator.xml;

import java.util.List;
import java.util.Optional;

/** An element of a parsed request: local name, text and children. */
public record XmlNode(String name, String text, List<XmlNode> children) {

    public XmlNode {
        children = List.copyOf(children);
    }

    public Optional<XmlNode> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    public List<XmlNode> all(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    public String childText(String localName) {
        return child(localName).map(XmlNode::text).orElse(null);
    }
}
