package de.dnpm.registry.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name of an uploaded file: read from a {@code Content-Disposition} header (RFC 6266, with the RFC 8187
 * {@code filename*} form preferred) or taken as given, and reduced to a plain file name. The importer picks the
 * format by the name's extension, so the name matters; it never names a place on the server.
 */
public final class UploadName {

    static final int MAX_LENGTH = 255;

    private UploadName() {
    }

    /** The file name a Content-Disposition header gives, cleaned; empty if it gives none or only an unusable one. */
    public static Optional<String> fromContentDisposition(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String plain = null;
        String extended = null;
        for (String parameter : parameters(header)) {
            int eq = parameter.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parameter.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = parameter.substring(eq + 1).strip();
            if (name.equals("filename*")) {
                extended = decodeExtended(value);
            } else if (name.equals("filename")) {
                plain = unquote(value);
            }
        }
        Optional<String> fromExtended = clean(extended);
        return fromExtended.isPresent() ? fromExtended : clean(plain);
    }

    /**
     * The last segment of a path (browsers and clients may send "C:\\data\\file.zip"), without control characters,
     * trimmed and at most 255 characters long; empty when nothing usable is left ("", ".", "..").
     */
    public static Optional<String> clean(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            return Optional.empty();
        }
        if (result.length() > MAX_LENGTH) {
            // keep the end: the extension tells the importer the format
            result = result.substring(result.length() - MAX_LENGTH);
        }
        return Optional.of(result);
    }

    /** Splits "attachment; filename=\"a;b.json\"" at semicolons outside quoted strings; the first part is the type. */
    private static List<String> parameters(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts.subList(1, parts.size());
    }

    private static String unquote(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            return value;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /** RFC 8187: charset'language'percent-encoded bytes; only UTF-8 and ISO-8859-1 are defined. Null if unreadable. */
    private static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        Charset charset = switch (value.substring(0, first).strip().toUpperCase(Locale.ROOT)) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> null;
        };
        if (charset == null) {
            return null;
        }
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 128) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        return bytes.toString(charset);
    }
}
