package de.dnpm.registry.importer.ictrp;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's shared strings as plain text, read with {@link SheetXml}'s parser (POI's own read-only table parses
 * with a parser whose entity size limit a real shared-strings part exceeds on JDK 24+). Rich-text runs are joined,
 * phonetic runs ({@code <rPh>}) left out, as POI's table does.
 */
final class SharedStringList implements SharedStrings {

    private final List<String> strings = new ArrayList<>();

    SharedStringList(InputStream part) throws IOException, SAXException, ParserConfigurationException {
        XMLReader reader = SheetXml.newReader();
        reader.setContentHandler(new DefaultHandler() {
            private StringBuilder item;
            private boolean inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                switch (local) {
                    case "si" -> item = new StringBuilder();
                    case "t" -> inText = true;
                    case "rPh" -> phonetic++;
                    default -> {
                        // runs (r) and their properties carry no text of their own
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> strings.add(item.toString());
                    case "t" -> inText = false;
                    case "rPh" -> phonetic--;
                    default -> {
                        // nothing to close
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText && phonetic == 0 && item != null) {
                    item.append(ch, start, length);
                }
            }
        });
        reader.parse(new InputSource(part));
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }
}
