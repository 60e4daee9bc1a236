package de.dnpm.registry.importer.ctgov;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of a small XML document, read with StAX into a read-only tree: a legacy study is one file of at most a
 * few hundred kB, and a tree lets the mapper address fields by path (as the format document does).
 */
final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    /**
     * Reads the document the reader is positioned before. Elements named in {@code opaque} are kept without content
     * (we only need to know they are there), and a DOCTYPE is refused: we never process DTDs or entities.
     */
    static XmlElement read(XMLStreamReader reader, Set<String> opaque) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        int skipDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE declarations are not accepted (no DTD, no entity is processed)",
                        reader.getLocation());
            }
            if (skipDepth > 0) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    skipDepth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    skipDepth--;
                }
                if (skipDepth == 0) {
                    open.pop();
                }
                continue;
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement element = new XmlElement(reader.getLocalName(), attributes(reader));
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    open.push(element);
                    if (opaque.contains(element.name)) {
                        skipDepth = 1;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getTextCharacters(), reader.getTextStart(),
                                reader.getTextLength());
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new XMLStreamException("document has no root element", reader.getLocation());
        }
        return root;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        if (reader.getAttributeCount() == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    String name() {
        return name;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The element's own text as written (whitespace kept), e.g. for a textblock. */
    String rawText() {
        return text.toString();
    }

    /** The element's own text, stripped; null if blank. */
    String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** The first element at {@code path} below this one, or null. */
    XmlElement child(String... path) {
        XmlElement current = this;
        for (String step : path) {
            XmlElement next = null;
            for (XmlElement c : current.children) {
                if (c.name.equals(step)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    /** The stripped text of the first element at {@code path}, or null. */
    String text(String... path) {
        XmlElement e = child(path);
        return e == null ? null : e.text();
    }

    /** All direct children named {@code childName}, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The stripped, non-blank texts of all direct children named {@code childName}. */
    List<String> texts(String childName) {
        List<String> texts = new ArrayList<>();
        for (XmlElement c : children(childName)) {
            String t = c.text();
            if (t != null) {
                texts.add(t);
            }
        }
        return List.copyOf(texts);
    }
}
