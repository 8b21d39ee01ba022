package org.newsarchive.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.newsarchive.schema.BlockKind;

/** One block of an article body; {@code text} is a photo's caption. */
@Embeddable
public class ArticleBlock {

	private int position;

	@Enumerated(EnumType.STRING)
	private BlockKind kind;

	private String text;

	private String label;

	private String credit;

	private String imageId;

	private int sourceLine;

	protected ArticleBlock() {
	}

	public int getPosition() {
		return this.position;
	}

	public BlockKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public String getLabel() {
		return this.label;
	}

	public String getCredit() {
		return this.credit;
	}

	public String getImageId() {
		return this.imageId;
	}

	public int getSourceLine() {
		return this.sourceLine;
	}

}
