package org.newsarchive.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document in UTF-8 whose elements are all in one default namespace, written as
 * it goes with an {@link XMLStreamWriter}. The writer escapes markup; this drops the few
 * characters XML 1.0 cannot hold at all, since one control character in a scraped
 * headline would otherwise leave a whole feed or sitemap unreadable.
 */
final class XmlOutput implements AutoCloseable {

	private final XMLStreamWriter writer;

	private XmlOutput(XMLStreamWriter writer) {
		this.writer = writer;
	}

	/** Starts a document with its root element. */
	static XmlOutput start(OutputStream out, String namespace, String root) {
		try {
			XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement(root);
			writer.writeDefaultNamespace(namespace);
			return new XmlOutput(writer);
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	XmlOutput start(String name) {
		try {
			this.writer.writeStartElement(name);
			return this;
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	/**
	 * An element with text, and attributes given as name, value, name, value...; or none
	 * at all when the text is null.
	 */
	XmlOutput element(String name, String text, String... attributes) {
		if (text == null) {
			return this;
		}
		try {
			this.writer.writeStartElement(name);
			attributes(attributes);
			this.writer.writeCharacters(clean(text));
			this.writer.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	/** An element with attributes only, given as name, value, name, value... */
	XmlOutput empty(String name, String... attributes) {
		try {
			this.writer.writeEmptyElement(name);
			attributes(attributes);
			return this;
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i < attributes.length; i += 2) {
			this.writer.writeAttribute(attributes[i], clean(attributes[i + 1]));
		}
	}

	XmlOutput end() {
		try {
			this.writer.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	/** Ends the document and flushes it; the stream stays open. */
	@Override
	public void close() {
		try {
			this.writer.writeEndDocument();
			this.writer.flush();
			this.writer.close();
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	/** The text without the characters XML 1.0 does not allow: most controls, lone surrogates, U+FFFE and U+FFFF. */
	static String clean(String text) {
		if (text.codePoints().allMatch(XmlOutput::allowed)) {
			return text;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints().filter(XmlOutput::allowed).forEach(cleaned::appendCodePoint);
		return cleaned.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** A client gone mid-document is an I/O failure; anything else is a bug. */
	private static RuntimeException failure(XMLStreamException ex) {
		return (ex.getCause() instanceof IOException io) ? new UncheckedIOException(io) : new IllegalStateException(ex);
	}

}
