package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MojibakeTest {

    @Test
    void findsUtf8ReadAsWindows1252OrMacRoman() {
        assertEquals("ü", Mojibake.find("MÃ¼nchen").orElseThrow().meant());
        assertEquals("ß", Mojibake.find("StraÃŸe").orElseThrow().meant());
        assertEquals("Ä", Mojibake.find("Ã„rzte").orElseThrow().meant());
        assertEquals("ä", Mojibake.find("Universit√§tsklinikum").orElseThrow().meant());
        assertEquals("x-MacRoman", Mojibake.find("f√ºr").orElseThrow().codePage());
    }

    @Test
    void leavesRealAccentedTextAlone() {
        for (String text : new String[] {"München", "Türkiye", "Straße", "Côte d’Ivoire", "d’écrire",
                "São Paulo", "Ärzte", "5 µg/ml", "≥ 18 years", "北京协和医院"}) {
            assertEquals(Optional.empty(), Mojibake.find(text), text);
        }
    }

    @Test
    void namesTheFieldInItsWarning() {
        String warning = Mojibake.warnings(Map.of("Public title", "Studie in MÃ¼nchen")).getFirst();
        assertTrue(warning.startsWith("Public title looks mis-encoded (mojibake: UTF-8 read as windows-1252, "
                + "'Ã¼' would be 'ü')"), warning);
    }
}
