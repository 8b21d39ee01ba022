package org.newsarchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.newsarchive.source.generate.ArchiveGenerator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A generated archive for the calendar's, the related articles' and the article list's
 * tests, which share its one application context (and import): the seed,
 * {@link #GENERATED} generated articles over 2000 to 2024, and {@link #ON_BUSY_DAY}
 * articles written for the tests on {@link #BUSY_DAY}, so that a day's list has pages,
 * and one on each of {@link #LEAP_DAYS}.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
		+ "org.newsarchive.tag.RecordingStatementInspector")
@AutoConfigureMockMvc
public abstract class CalendarArchive {

	public static final int GENERATED = 3_000;

	public static final LocalDate BUSY_DAY = LocalDate.of(2019, 3, 1);

	/** More than two pages of a list. */
	public static final int ON_BUSY_DAY = 45;

	public static final List<LocalDate> LEAP_DAYS = List.of(LocalDate.of(2016, 2, 29), LocalDate.of(2020, 2, 29));

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void calendarArchive(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("calendar-archive");
		new ArchiveGenerator(42, System.out).write(Files.createDirectories(folder.resolve("generated")), GENERATED,
				1000);
		Path written = folder.resolve("written");
		for (int i = 1; i <= ON_BUSY_DAY; i++) {
			SourceBuilder.article(90_000 + i)
				.headline("Story " + i + " of a busy day")
				.published(BUSY_DAY.toString())
				.tags("Busy day")
				.writeTo(written, "busy-" + i);
		}
		for (int i = 0; i < LEAP_DAYS.size(); i++) {
			SourceBuilder.article(91_000 + i)
				.headline("A leap day's story")
				.published(LEAP_DAYS.get(i).toString())
				.writeTo(written, "leap-" + i);
		}
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

}
