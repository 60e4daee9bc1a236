package de.dnpm.registry.importer.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text that is UTF-8 decoded with a one-byte code page ("MÃ¼nchen" from Windows-1252 or Latin-1, "f√ºr" from
 * Mac OS Roman, as in the ICTRP COVID-19 XLSX: FORMATS.md §5). A run of non-ASCII characters is mojibake when its
 * bytes in that code page are valid multi-byte UTF-8: real text almost never is ("für" in Windows-1252 is the lone
 * byte FC, which UTF-8 forbids). The text is not repaired: the record keeps it as delivered, with a warning.
 */
public final class Mojibake {

    /** A finding: the run as written and what it reads as UTF-8, and which code page it went through. */
    public record Finding(String garbled, String meant, String codePage) {
    }

    private static final List<Charset> CODE_PAGES = List.of(Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, Charset.forName("x-MacRoman"));

    private Mojibake() {
    }

    /** The first mis-encoded run in {@code text}, or empty. */
    public static Optional<Finding> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            Optional<Finding> finding = asUtf8(text.substring(i, end));
            if (finding.isPresent()) {
                return finding;
            }
            i = end;
        }
        return Optional.empty();
    }

    /** One warning per field whose value is mis-encoded, naming the field and an example. */
    public static List<String> warnings(Map<String, String> fields) {
        List<String> warnings = new ArrayList<>();
        fields.forEach((field, value) -> find(value).ifPresent(f -> warnings.add(field
                + " looks mis-encoded (mojibake: UTF-8 read as " + f.codePage() + ", '" + f.garbled()
                + "' would be '" + f.meant() + "'); kept as delivered")));
        return List.copyOf(warnings);
    }

    private static Optional<Finding> asUtf8(String run) {
        for (Charset codePage : CODE_PAGES) {
            byte[] bytes = encode(run, codePage);
            if (bytes == null) {
                continue;
            }
            String decoded = decodeUtf8(bytes);
            if (decoded != null && !decoded.equals(run) && isLatin(decoded)) {
                return Optional.of(new Finding(run, decoded, codePage.displayName()));
            }
        }
        return Optional.empty();
    }

    /*
     * The text mojibake hides is European text: accented letters (U+00A0-U+024F), typographic punctuation
     * (U+2000-U+206F) and the euro sign. A run that decodes to anything else is real text in its code page: French
     * "d’écrire" is ’é in Mac OS Roman, whose bytes happen to be the UTF-8 of an Armenian letter.
     */
    private static boolean isLatin(String decoded) {
        return decoded.chars().allMatch(c -> (c >= 0xA0 && c <= 0x24F) || (c >= 0x2000 && c <= 0x206F) || c == 0x20AC);
    }

    private static byte[] encode(String run, Charset codePage) {
        CharsetEncoder encoder = codePage.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(run));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
