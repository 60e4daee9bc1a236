package de.dnpm.registry.rest.export;

import java.util.regex.Pattern;

/**
 * Text fit for an XML 1.0 document. XMLStreamWriter escapes markup characters but passes control characters through,
 * and one of them (imported records do contain form feeds and NULs) makes the whole feed unreadable for a strict parser.
 */
public final class XmlText {

    /* everything outside the XML 1.0 Char production: C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private XmlText() {
    }

    /** The text without characters XML 1.0 forbids (each replaced by a space); null stays null. */
    public static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll(" ");
    }
}
