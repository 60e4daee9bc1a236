package de.dnpm.registry.importer.application;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one StAX configuration every XML reader uses. OWASP XXE prevention for StAX: no DTD support at all and no
 * external entities, so neither external entities nor entity expansion ("billion laughs") can happen; readers also
 * refuse a document that has a DOCTYPE. The JDK's own implementation is taken (not whatever a server puts on the class
 * path) so these properties are known to be honoured.
 */
public final class HardenedXml {

    private static final String MAX_GENERAL_ENTITY_SIZE = "jdk.xml.maxGeneralEntitySizeLimit";
    private static final String TOTAL_ENTITY_SIZE = "jdk.xml.totalEntitySizeLimit";

    private HardenedXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Since JDK 24 the JDK counts the text of the document itself against an entity size limit of 100,000
        // (JAXP00010003 "The length of entity [xml] ... exceeds ..."), which a WHO ICTRP export of a few hundred
        // trials passes. Without DTDs no entity can be declared, so nothing can expand; the limits only cut off
        // large documents, whose size our readers bound themselves (ImportLimits).
        factory.setProperty(MAX_GENERAL_ENTITY_SIZE, 0);
        factory.setProperty(TOTAL_ENTITY_SIZE, 0);
        return factory;
    }
}
