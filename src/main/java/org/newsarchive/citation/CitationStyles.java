package org.newsarchive.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

import org.springframework.stereotype.Component;

/**
 * Formats citations in the four styles with citeproc-java, a CSL processor, and the
 * official CSL styles and locales (their jars, from the Citation Style Language
 * project), adapted where the processor falls short ({@link LocatorConditions}). Each
 * style is parsed once, beside the start; a citation then takes a few milliseconds a
 * style, and only when a page that shows it is rendered, which the page cache does once.
 */
@Component
public class CitationStyles {

	/**
	 * The processors, parsed on a thread of their own: parsing the four styles and their
	 * locale takes a second or two, which the start need not wait for.
	 */
	private static final Pattern DEFAULT_LOCALE = Pattern.compile("default-locale=\"([^\"]+)\"");

	private final CompletableFuture<Map<CitationStyle, Processor>> processors;

	CitationStyles() {
		this.processors = CompletableFuture.supplyAsync(CitationStyles::load, (task) -> {
			Thread thread = new Thread(task, "citation-styles");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private static Map<CitationStyle, Processor> load() {
		Map<CitationStyle, Processor> processors = new EnumMap<>(CitationStyle.class);
		for (CitationStyle style : CitationStyle.values()) {
			processors.put(style, new Processor(style));
		}
		return processors;
	}

	/** The citation in every style, in the order readers are offered them. */
	public List<StyledCitation> format(Citation citation) {
		CSLItemData item = CslItem.of(citation).data();
		Map<CitationStyle, Processor> loaded = this.processors.join();
		return Arrays.stream(CitationStyle.values()).map((style) -> loaded.get(style).format(citation, item)).toList();
	}

	/**
	 * One style's processor. citeproc-java's processor keeps the items it cites, so it
	 * formats one citation at a time: each starts from a reset processor that holds the one
	 * item.
	 */
	private static final class Processor {

		private final CitationStyle style;

		private final OneItem items = new OneItem();

		private final CSL csl;

		Processor(CitationStyle style) {
			this.style = style;
			try {
				String xml = xml(style);
				String lang = locale(xml);
				this.csl = new CSL(this.items, new OnlyLocale(lang), null, LocatorConditions.forParagraphs(xml), lang);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot load the CSL style " + style.file(), ex);
			}
		}

		/** The style's own locale: British English for Cite Them Right, else American. */
		private static String locale(String xml) {
			Matcher locale = DEFAULT_LOCALE.matcher(xml);
			return locale.find() ? locale.group(1) : "en-US";
		}

		/** The style's CSL, from the styles' jar. */
		private static String xml(CitationStyle style) throws IOException {
			try (InputStream in = CitationStyles.class.getResourceAsStream("/" + style.file() + ".csl")) {
				if (in == null) {
					throw new IOException("not on the class path");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		synchronized StyledCitation format(Citation citation, CSLItemData item) {
			this.items.item = item;
			String referenceHtml = reference(new ItalicHtml());
			String reference = ItalicHtml.text(referenceHtml);
			CSLCitationItemBuilder cited = new CSLCitationItemBuilder(item.getId());
			if (citation.isPinpoint()) {
				cited.locator(Integer.toString(citation.block())).label(CSLLabel.PARAGRAPH);
			}
			// reset() brings back HTML, the processor's default format.
			this.csl.reset();
			this.csl.setOutputFormat(new TextFormat());
			String inText = this.csl.makeCitation(new CSLCitation(new CSLCitationItem[] { cited.build() }))
				.get(0)
				.getText();
			String archival = (citation.archived() != null)
					? this.style.archival(citation.archived(), citation.originalUrl()) : "";
			return new StyledCitation(this.style, reference + archival,
					referenceHtml + ItalicHtml.escapeText(archival), inText.strip());
		}

		private String reference(TextFormat format) {
			this.csl.reset();
			this.csl.setOutputFormat(format);
			this.csl.registerCitationItems(this.items.item.getId());
			return this.csl.makeBibliography().getEntries()[0].strip();
		}

	}

	/**
	 * The locale of a style, alone. citeproc-java loads American English under British
	 * English, and then keeps the American order of dates ("November 27, 2026"); refused the
	 * American, it reads the British locale whole.
	 */
	private static final class OnlyLocale implements LocaleProvider {

		private final String lang;

		private final LocaleProvider locales = new DefaultLocaleProvider();

		OnlyLocale(String lang) {
			this.lang = lang;
		}

		@Override
		public String retrieveLocale(String lang) {
			if (!this.lang.equals(lang)) {
				throw new IllegalArgumentException("Only " + this.lang);
			}
			return this.locales.retrieveLocale(lang);
		}

	}

	/** The one item a processor formats. */
	private static final class OneItem implements ItemDataProvider {

		private CSLItemData item;

		@Override
		public CSLItemData retrieveItem(String id) {
			return (this.item != null && this.item.getId().equals(id)) ? this.item : null;
		}

		@Override
		public List<String> getIds() {
			return (this.item != null) ? List.of(this.item.getId()) : List.of();
		}

	}

	/**
	 * Plain text as HTML: the text escaped, and italics as {@code <i>} (a newspaper's name,
	 * in most styles), which survive a paste into a word processor. Nothing else: no
	 * inline style, which the pages' Content-Security-Policy would refuse.
	 */
	static final class ItalicHtml extends TextFormat {

		@Override
		public String getName() {
			return "html-italics";
		}

		/** The plain text of what this format wrote: one render gives both. */
		static String text(String html) {
			return html.replace("<i>", "")
				.replace("</i>", "")
				.replace("&quot;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}

		@Override
		protected String escape(String text) {
			return escapeText(text);
		}

		static String escapeText(String text) {
			if (text == null) {
				return null;
			}
			StringBuilder escaped = new StringBuilder(text.length() + 16);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '&' -> escaped.append("&amp;");
					case '<' -> escaped.append("&lt;");
					case '>' -> escaped.append("&gt;");
					case '"' -> escaped.append("&quot;");
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

		@Override
		protected String openFontStyle(int fontStyle) {
			return "<i>";
		}

		@Override
		protected String closeFontStyle(int fontStyle) {
			return "</i>";
		}

	}

}
