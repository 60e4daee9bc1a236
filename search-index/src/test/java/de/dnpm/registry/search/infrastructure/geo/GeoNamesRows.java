package de.dnpm.registry.search.infrastructure.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of the shared GeoNames files (vocab/geo, see its PROVENANCE.md), read as they are, nothing derived. */
final class GeoNamesRows {

    /** A row of cities1000_geonames.tsv; {@code index} is its position in the file (0 = first after the header). */
    record City(int index, String name, String country, String admin1, double lat, double lon) {
    }

    /** A row of plz_de_geonames.csv (a locality, or a company with its own code when stateCode is numeric). */
    record PostalRow(String code, String place, String stateCode, String community, double lat, double lon) {
    }

    /** An entry of cities1000_admin1.json: "US.MA" → Massachusetts. */
    record Admin1(String country, String code, String name) {
    }

    private static final Pattern ADMIN1_ENTRY = Pattern.compile("\\{\"code\":\"([A-Z]{2})\\.([^\"]*)\",\"name\":\"([^\"]*)\"}");

    private GeoNamesRows() {
    }

    static List<City> cities(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        expectHeader(tsv, lines.getFirst(), "name\tcountry\tadmin1\tadmin2\tlat\tlng");
        List<City> cities = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 6) {
                throw new IOException(tsv + " line " + (i + 1) + ": " + f.length + " fields");
            }
            cities.add(new City(i - 1, f[0].strip(), f[1], f[2], Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return cities;
    }

    static List<PostalRow> postalRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        expectHeader(csv, lines.getFirst(), "country_code,zipcode,place,state,state_code,province,province_code,"
                + "community,community_code,latitude,longitude");
        List<PostalRow> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = csvFields(lines.get(i));
            if (f.size() != 11) {
                throw new IOException(csv + " line " + (i + 1) + ": " + f.size() + " fields");
            }
            rows.add(new PostalRow(f.get(1), f.get(2).strip(), f.get(4), f.get(7).strip(),
                    Double.parseDouble(f.get(9)), Double.parseDouble(f.get(10))));
        }
        return rows;
    }

    /** The admin1 file is one flat JSON array of {"code":…,"name":…} without escapes (checked: every entry matches). */
    static List<Admin1> admin1(Path json) throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8);
        List<Admin1> entries = new ArrayList<>();
        Matcher entry = ADMIN1_ENTRY.matcher(text);
        while (entry.find()) {
            entries.add(new Admin1(entry.group(1), entry.group(2), entry.group(3).strip()));
        }
        long objects = text.chars().filter(c -> c == '{').count();
        if (objects != entries.size()) {
            throw new IOException(json + ": read " + entries.size() + " of " + objects + " entries");
        }
        return entries;
    }

    /** RFC 4180 fields of one line: the place names quote commas ("Berlin, Stadt"); no field spans lines here. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void expectHeader(Path file, String header, String expected) throws IOException {
        if (!header.strip().equals(expected)) {
            throw new IOException(file + ": unexpected header " + header);
        }
    }
}
