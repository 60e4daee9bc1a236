package de.dnpm.registry.rest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The media type a stored source version is served with: its own when it is JSON, XML, CSV or plain text, else
 * text/plain, so that no stored text is ever handed to a browser as HTML, SVG or script. Always with charset UTF-8,
 * the encoding the text is written in (an XML declaration naming another encoding is overruled, RFC 7303 §4.2).
 */
public final class SourceMediaType {

    static final String FALLBACK = "text/plain";
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    private SourceMediaType() {
    }

    public static String servable(String stored) {
        String type = stored == null ? "" : stored.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(type).matches() || !allowed(type)) {
            type = FALLBACK;
        }
        return type + ";charset=UTF-8";
    }

    private static boolean allowed(String type) {
        return switch (type) {
            case "application/json", "application/xml", "text/xml", "text/plain", "text/csv" -> true;
            default -> type.startsWith("application/") && (type.endsWith("+json") || type.endsWith("+xml"));
        };
    }
}
