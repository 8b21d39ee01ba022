package org.newsarchive.person;

import java.time.LocalDate;

import org.newsarchive.web.Links;

/** A photo a person appears in, linking to its place in its article. */
public record PhotoView(LocalDate published, String slug, String headline, int position, String label,
		String credit, String caption, String imageId, String fileName, Integer width, Integer height) {

	public String url() {
		return Links.block(this.published, this.slug, this.position);
	}

	public String src() {
		return Links.image(this.imageId, this.fileName);
	}

}
