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

    private HardenedXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
