package org.newsarchive.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever text it is given, the document stays well-formed XML that says what it can of it. */
class XmlOutputTests {

	@Test
	void keepsTextXmlCanHold() {
		String text = "Tab\tnew line\n, é, \u4e2d, \uD83D\uDCF0 & <markup>";

		assertThat(XmlOutput.clean(text)).isSameAs(text);
	}

	@Test
	void dropsControlCharactersLoneSurrogatesAndNonCharacters() {
		assertThat(XmlOutput.clean("a\u0000b\u001Fc\uD800d\uDC00e\uFFFEf\uFFFF")).isEqualTo("abcdef");
	}

	@Test
	void writesWellFormedXmlOfAnyText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XmlOutput xml = XmlOutput.start(out, "urn:test", "root")) {
			xml.element("text", "\"Q\" & <A>\u0001").empty("link", "href", "/?a=1&b=\"2\"\u0002");
		}

		Element root = parse(out.toByteArray());
		assertThat(root.getNamespaceURI()).isEqualTo("urn:test");
		assertThat(root.getElementsByTagNameNS("urn:test", "text").item(0).getTextContent()).isEqualTo("\"Q\" & <A>");
		assertThat(((Element) root.getElementsByTagNameNS("urn:test", "link").item(0)).getAttribute("href"))
			.isEqualTo("/?a=1&b=\"2\"");
	}

	private static Element parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
	}

}
