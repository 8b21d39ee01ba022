package org.newsarchive.feed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.Seed;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive's OpenSearch 1.1 description, by which a browser adds the archive's search
 * to its own, and the link by which every page offers it. Its templates are absolute,
 * from the public address, not the host the request came to.
 */
@SpringBootTest(properties = "archive.base-url=" + FeedTests.BASE)
@AutoConfigureMockMvc
class OpenSearchTests {

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	static final String BASE = FeedTests.BASE;

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheArchivesSearchInTheOpenSearchNamespace() throws Exception {
		Document description = description();

		assertThat(description.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
		assertThat(description.getDocumentElement().getLocalName()).isEqualTo("OpenSearchDescription");
		assertThat(text(description, "ShortName")).isEqualTo("News Archive").hasSizeLessThanOrEqualTo(16);
		assertThat(text(description, "Description")).isNotBlank().hasSizeLessThanOrEqualTo(1024);
		assertThat(text(description, "InputEncoding")).isEqualTo("UTF-8");
	}

	@Test
	void givesTheSearchPagesTemplateAbsolutely() throws Exception {
		assertThat(url(description(), "text/html").getAttribute("template"))
			.isEqualTo(BASE + "/search?q={searchTerms}");
	}

	@Test
	void givesTheSearchFeedsTemplateAbsolutely() throws Exception {
		assertThat(url(description(), "application/atom+xml").getAttribute("template"))
			.isEqualTo(BASE + "/search/feed.xml?q={searchTerms}");
	}

	@Test
	void givesItsOwnAddress() throws Exception {
		org.w3c.dom.Element self = url(description(), "application/opensearchdescription+xml");

		assertThat(self.getAttribute("rel")).isEqualTo("self");
		assertThat(self.getAttribute("template")).isEqualTo(BASE + "/opensearch.xml");
	}

	@Test
	void searchesWhereItsTemplatesSay() throws Exception {
		Document description = description();
		String page = url(description, "text/html").getAttribute("template").replace("{searchTerms}", "Tillerson");
		String feed = url(description, "application/atom+xml").getAttribute("template")
			.replace("{searchTerms}", "Tillerson");

		String html = this.mvc.perform(get(local(page))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("a[href^=" + Seed.PERMALINK + "]")).isNotEmpty();
		MockHttpServletResponse atom = this.mvc.perform(get(local(feed))).andExpect(status().isOk()).andReturn()
			.getResponse();
		atom.setCharacterEncoding("UTF-8");
		SyndFeed entries = new SyndFeedInput().build(new StringReader(atom.getContentAsString()));
		assertThat(entries.getEntries()).singleElement()
			.satisfies((entry) -> assertThat(entry.getLink()).isEqualTo(BASE + Seed.PERMALINK));
	}

	@Test
	void showsTheArchivesIcon() throws Exception {
		NodeList images = description().getElementsByTagNameNS(NAMESPACE, "Image");

		assertThat(images.getLength()).isEqualTo(1);
		org.w3c.dom.Element image = (org.w3c.dom.Element) images.item(0);
		assertThat(image.getAttribute("type")).isEqualTo("image/svg+xml");
		assertThat(image.getTextContent()).isEqualTo(BASE + "/favicon.svg");
		this.mvc.perform(get(local(image.getTextContent()))).andExpect(status().isOk());
	}

	@Test
	void isServedAsOpenSearchAndCachedAsTheFeedsAre() throws Exception {
		String cacheControl = this.mvc.perform(get("/feed.xml")).andReturn().getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL);

		this.mvc.perform(get("/opensearch.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/opensearchdescription+xml;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, cacheControl));
	}

	@Test
	void isSentCompressedToAClientThatTakesGzip() throws Exception {
		this.mvc.perform(get("/opensearch.xml").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andExpect(header().string(HttpHeaders.VARY, "Accept-Encoding"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/opensearch.xml?q=x", "/OpenSearch.xml" })
	void hasOneAddress(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/opensearch.xml"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", Seed.PERMALINK, "/search", "/search?q=Tillerson", Seed.TAG_PAGE, Seed.PERSON_PAGE,
			"/2017/12/13", "/tags" })
	void isOfferedByEveryPage(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		Element link = Jsoup.parse(html).selectFirst("head link[rel=search]");
		assertThat(link).as(path).isNotNull();
		assertThat(link.attr("type")).isEqualTo("application/opensearchdescription+xml");
		assertThat(link.attr("title")).isEqualTo("News Archive");
		assertThat(link.attr("href")).isEqualTo("/opensearch.xml");
	}

	private Document description() throws Exception {
		byte[] xml = this.mvc.perform(get("/opensearch.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(Document description, String name) {
		NodeList elements = description.getElementsByTagNameNS(NAMESPACE, name);
		assertThat(elements.getLength()).as(name).isEqualTo(1);
		return elements.item(0).getTextContent();
	}

	/** The one Url element of a type. */
	private static org.w3c.dom.Element url(Document description, String type) {
		NodeList urls = description.getElementsByTagNameNS(NAMESPACE, "Url");
		org.w3c.dom.Element found = null;
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			if (url.getAttribute("type").equals(type)) {
				assertThat(found).as("one Url of type %s", type).isNull();
				found = url;
			}
		}
		assertThat(found).as("a Url of type %s", type).isNotNull();
		return found;
	}

	private static String local(String url) {
		return FeedTests.local(url);
	}

}
