package de.dnpm.registry.importer.ictrp;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;

/**
 * The SAX parser for a workbook's XML parts: POI's hardened one (no DOCTYPE at all, so no entity can be declared,
 * let alone expanded), with the JDK's size limit for the document entity lifted. JDK 24 and later cap
 * {@code jdk.xml.maxGeneralEntitySizeLimit} at 100,000 characters under secure processing and count the document
 * itself ("[xml]"), which a sheet or shared-strings part of a few MB exceeds; with DOCTYPEs refused the limit guards
 * nothing, while part sizes stay bounded by POI's zip-bomb checks.
 */
final class SheetXml {

    private SheetXml() {
    }

    static XMLReader newReader() throws SAXException, ParserConfigurationException {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        reader.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        return reader;
    }
}
