package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.GeoPoint;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A map of Germany as inline SVG, drawn on the server with no tile server (the portal runs offline): an
 * equirectangular projection of Germany's bounding box, a light dot cloud of the postal codes' centroids that draws
 * the country's outline, and one dot per place, its area growing with its count. The SVG is an image for screen
 * readers ({@code role="img"} with a title and a description); the page gives the numbers as a table beside it.
 */
public final class GermanyMap {

    /** One place on the map: where, how many (the dot's size) and its tooltip text. */
    public record Dot(GeoPoint point, long count, String label) {
    }

    /* Germany's postal codes lie within 47.27..55.06 N and 5.87..15.04 E; a little margin keeps dots whole. */
    static final double NORTH = 55.25;
    static final double SOUTH = 47.1;
    static final double WEST = 5.6;
    static final double EAST = 15.3;
    static final int WIDTH = 440;
    /* A degree of longitude is cos(latitude) as long as one of latitude: shortened at mid-Germany, the shape holds. */
    private static final double LONGITUDE_FACTOR = Math.cos(Math.toRadians((NORTH + SOUTH) / 2));
    private static final double PIXELS_PER_DEGREE = WIDTH / ((EAST - WEST) * LONGITUDE_FACTOR);
    static final int HEIGHT = (int) Math.ceil((NORTH - SOUTH) * PIXELS_PER_DEGREE);
    /* One background dot per cell this many pixels wide: ~2,700 dots instead of 10,800 keep the page small. */
    private static final int CELL = 6;
    private static final double MIN_RADIUS = 3;
    private static final double MAX_RADIUS = 18;

    private GermanyMap() {
    }

    /** The horizontal position of a point on the map, in pixels from the left. */
    static double x(GeoPoint point) {
        return (point.lon() - WEST) * LONGITUDE_FACTOR * PIXELS_PER_DEGREE;
    }

    /** The vertical position of a point on the map, in pixels from the top (north is up). */
    static double y(GeoPoint point) {
        return (NORTH - point.lat()) * PIXELS_PER_DEGREE;
    }

    static boolean onMap(GeoPoint point) {
        return point.lat() >= SOUTH && point.lat() <= NORTH && point.lon() >= WEST && point.lon() <= EAST;
    }

    /**
     * The background's path data: one round dot ("M x y h0" with round line caps) per occupied cell of the
     * projected points. Computed once: Germany's postal codes do not change while the portal runs.
     */
    public static String outline(Collection<GeoPoint> postalCodePoints) {
        Set<Long> cells = new TreeSet<>();
        for (GeoPoint point : postalCodePoints) {
            if (onMap(point)) {
                long column = (long) (x(point) / CELL);
                long row = (long) (y(point) / CELL);
                cells.add(row << 32 | column);
            }
        }
        StringBuilder path = new StringBuilder(cells.size() * 12);
        for (long cell : cells) {
            path.append('M').append((cell & 0xffffffffL) * CELL + CELL / 2).append(' ')
                    .append((cell >>> 32) * CELL + CELL / 2).append("h0");
        }
        return path.toString();
    }

    /**
     * The whole SVG: the outline, then the dots (the largest first, so small ones stay visible on top), each with its
     * label as a tooltip. Every text is escaped, so registry-written town names cannot break the markup.
     */
    public static String svg(String outline, List<Dot> dots, String title, String description) {
        StringBuilder svg = new StringBuilder(outline.length() + dots.size() * 120 + 512);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"germany-map\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"germany-map-title germany-map-desc\">")
                .append("<title id=\"germany-map-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"germany-map-desc\">").append(escape(description)).append("</desc>")
                .append("<path class=\"germany-map__land\" d=\"").append(outline).append("\"/>")
                .append("<g class=\"germany-map__places\">");
        dots.stream().filter(dot -> onMap(dot.point()))
                .sorted(Comparator.comparingLong(Dot::count).reversed())
                .forEach(dot -> svg.append("<circle class=\"map-place\" cx=\"").append(number(x(dot.point())))
                        .append("\" cy=\"").append(number(y(dot.point())))
                        .append("\" r=\"").append(number(radius(dot.count())))
                        .append("\"><title>").append(escape(dot.label())).append("</title></circle>"));
        return svg.append("</g></svg>").toString();
    }

    /* The radius grows with the square root of the count, capped: a city with a hundred studies does not cover its state. */
    static double radius(long count) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 1.5 * Math.sqrt(Math.max(0, count - 1)));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // control characters other than tab and line breaks are not allowed in XML 1.0 at all
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
