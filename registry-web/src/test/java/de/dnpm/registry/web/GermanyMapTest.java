package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline map of Germany: where the projection puts places, and that its SVG is well-formed and escaped. */
class GermanyMapTest {

    private static final GeoPoint HEIDELBERG = new GeoPoint(49.4077, 8.6908);
    private static final GeoPoint BERLIN = new GeoPoint(52.5200, 13.4050);

    @Test
    void heidelbergLiesSouthWestOfBerlin() {
        assertTrue(GermanyMap.x(HEIDELBERG) < GermanyMap.x(BERLIN), "west is left");
        assertTrue(GermanyMap.y(HEIDELBERG) > GermanyMap.y(BERLIN), "south is further down");
    }

    @Test
    void everyGermanPostalCodeLiesInsideTheMap() {
        for (Place code : GazetteerLoader.shared().postalCodes()) {
            double x = GermanyMap.x(code.point());
            double y = GermanyMap.y(code.point());
            assertTrue(x > 0 && x < GermanyMap.WIDTH && y > 0 && y < GermanyMap.HEIGHT, code::toString);
        }
    }

    @Test
    void keepsGermanysShapeNotASquare() {
        // Flensburg to Oberstdorf (about 830 km) against Aachen to Görlitz (about 640 km)
        double northSouth = GermanyMap.y(new GeoPoint(47.41, 10.28)) - GermanyMap.y(new GeoPoint(54.78, 9.43));
        double westEast = GermanyMap.x(new GeoPoint(51.15, 14.99)) - GermanyMap.x(new GeoPoint(50.78, 6.08));
        assertEquals(830.0 / 640.0, northSouth / westEast, 0.1);
    }

    @Test
    void drawsOneDotPerPlaceWellFormedAndEscaped() throws Exception {
        String svg = GermanyMap.svg(GermanyMap.outline(List.of(HEIDELBERG, BERLIN)), List.of(
                new GermanyMap.Dot(HEIDELBERG, 12, "Heidelberg & Mannheim <Klinikum> \"A\""),
                new GermanyMap.Dot(BERLIN, 3, "Berlin\u0007"),
                new GermanyMap.Dot(new GeoPoint(48.21, 16.37), 5, "Wien: not on the map")),
                "Map of <Germany>", "Two places & more");

        Document document = parse(svg);
        NodeList circles = document.getElementsByTagName("circle");
        assertEquals(2, circles.getLength(), "Vienna lies outside the map");
        Element largest = (Element) circles.item(0);
        assertEquals("Heidelberg & Mannheim <Klinikum> \"A\"", largest.getTextContent(), "the tooltip, unescaped");
        assertEquals("Berlin", circles.item(1).getTextContent(), "a control character is dropped");
        assertTrue(Double.parseDouble(largest.getAttribute("r"))
                > Double.parseDouble(((Element) circles.item(1)).getAttribute("r")), "more studies, larger dot");
        assertEquals("Map of <Germany>", document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
    }

    @Test
    void theOutlineIsOneDotPerOccupiedCell() {
        String outline = GermanyMap.outline(List.of(HEIDELBERG, new GeoPoint(49.4078, 8.6909), BERLIN));
        assertEquals(2, outline.split("M").length - 1, "two points in one cell draw one dot");
        assertTrue(outline.matches("(M\\d+ \\d+h0)+"), outline);
    }

    @Test
    void theDotGrowsWithTheCountUpToACap() {
        assertTrue(GermanyMap.radius(1) < GermanyMap.radius(2));
        assertTrue(GermanyMap.radius(10) < GermanyMap.radius(40));
        assertEquals(GermanyMap.radius(10_000), GermanyMap.radius(100_000));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
