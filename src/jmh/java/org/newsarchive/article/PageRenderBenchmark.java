package org.newsarchive.article;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.newsarchive.NewsArchiveApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What an uncached page costs to render: the whole application on the seed archive
 * (in-memory H2), called through MockMvc straight at the DispatcherServlet. No servlet
 * filter is in the way, so the page cache never answers: every invocation runs the
 * controller, the queries and Thymeleaf, as a page's first request does. The figure
 * leaves out Tomcat and the network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageRenderBenchmark {

	private static final Map<String, String> PATHS = Map.of("article",
			"/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump",
			"front", "/", "tag", "/tags/china", "person", "/people/rex-tillerson");

	@Param({ "article", "front", "tag", "person" })
	public String page;

	private ConfigurableApplicationContext context;

	private MockMvc mockMvc;

	private String path;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = new SpringApplicationBuilder(NewsArchiveApplication.class)
			.properties("server.port=0", "management.server.port=0", "logging.level.root=warn",
					"spring.main.banner-mode=off")
			.run();
		this.mockMvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) this.context).build();
		this.path = PATHS.get(this.page);
		MockHttpServletResponse response = render();
		if (response.getStatus() != 200 || response.getContentAsByteArray().length < 1000) {
			throw new IllegalStateException(this.path + " answered " + response.getStatus());
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public MockHttpServletResponse render() throws Exception {
		return this.mockMvc.perform(get(this.path)).andReturn().getResponse();
	}

}
