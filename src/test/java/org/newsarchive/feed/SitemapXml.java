package org.newsarchive.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads sitemaps and sitemap indexes in tests, and validates them against the protocol's schema. */
final class SitemapXml {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final Schema SCHEMA = schema();

	private final Document document;

	private SitemapXml(Document document) {
		this.document = document;
	}

	/**
	 * Reads a sitemap or an index after validating it.
	 * @throws AssertionError if it does not follow the sitemaps.org protocol 0.9
	 */
	static SitemapXml valid(byte[] xml) {
		try {
			SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not a valid sitemap: " + ex.getMessage(), ex);
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return new SitemapXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** {@code urlset} or {@code sitemapindex}. */
	String root() {
		return this.document.getDocumentElement().getLocalName();
	}

	/** Each loc, in document order. */
	List<String> locs() {
		return new ArrayList<>(lastmods().keySet());
	}

	/** Each loc with its lastmod, or null when it has none. */
	Map<String, String> lastmods() {
		Map<String, String> lastmods = new LinkedHashMap<>();
		NodeList entries = this.document.getDocumentElement().getChildNodes();
		for (int i = 0; i < entries.getLength(); i++) {
			if (entries.item(i) instanceof Element entry) {
				String loc = text(entry, "loc");
				if (lastmods.containsKey(loc)) {
					throw new AssertionError("Listed twice: " + loc);
				}
				lastmods.put(loc, text(entry, "lastmod"));
			}
		}
		return lastmods;
	}

	private static String text(Element entry, String name) {
		NodeList elements = entry.getElementsByTagNameNS(NAMESPACE, name);
		return (elements.getLength() > 0) ? elements.item(0).getTextContent() : null;
	}

	private static Schema schema() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// The protocol's limit of 50,000 entries is in the schema, above the JDK's default cap on maxOccurs.
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false);
			return factory.newSchema(SitemapXml.class.getResource("/sitemaps/sitemap-0.9.xsd"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
