package org.newsarchive;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The archive's settings.
 *
 * @param sources where the article sources are read from: Spring resource locations,
 * by default the ones packaged from {@code db/source}; add a folder of your own
 * ({@code file:/srv/archive/sources}) to archive more articles without a rebuild
 */
@Validated
@ConfigurationProperties("archive")
public record ArchiveProperties(@DefaultValue("classpath:db/source") @NotEmpty List<String> sources) {

}
