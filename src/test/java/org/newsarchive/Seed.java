package org.newsarchive;

import java.nio.file.Path;
import java.util.List;

/**
 * The seed archive's one article ({@code db/source}), as the tests know it: where its
 * files are, what its metadata and text say, and the addresses the archive gives it.
 * Constants, so that annotations can name them too.
 */
public final class Seed {

	public static final Path SOURCE = Path.of("db/source/2017/12/tillerson-north-korea-strategy.txt");

	public static final Path METADATA = Path.of("db/source/2017/12/tillerson-north-korea-strategy.meta");

	public static final Path REGISTRY = Path.of("db/source/people.registry");

	public static final int ID = 1;

	public static final String HEADLINE = "Tillerson's new North Korea strategy praised by China and Russia - but undermined by Trump";

	public static final String SLUG = "tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump";

	public static final String PUBLISHED = "2017-12-13";

	/** When the archive took its text: the day the archive received it. */
	public static final String ARCHIVED = "2026-11-27";

	public static final String PERMALINK = "/2017/12/13/" + SLUG;

	public static final String SHORT_LINK = "/a/" + ID;

	public static final String PUBLISHER = "Business Insider India";

	public static final String SECTION = "World";

	public static final String ORIGINAL_URL = "https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms";

	/** The SHA-256 of {@link #SOURCE}, as its provenance and citations give it. */
	public static final String SHA256 = "71a6434886e090a5711e566b1cde419b778d9540ef49f1afe1fd144ab1c70d19";

	/** Its first tag. */
	public static final String TAG = "north-korea";

	public static final String TAG_PAGE = "/tags/" + TAG;

	/** Its tags' slugs, in the metadata's order. */
	public static final List<String> TAGS = List.of(TAG, "us-foreign-policy", "diplomacy", "nuclear-weapons", "china",
			"russia", "sanctions");

	/** Its tags' names, in the metadata's order. */
	public static final List<String> TAG_NAMES = List.of("North Korea", "US foreign policy", "Diplomacy",
			"Nuclear weapons", "China", "Russia", "Sanctions");

	/** The first person it names. */
	public static final String PERSON = "rex-tillerson";

	public static final String PERSON_PAGE = "/people/" + PERSON;

	/** The people it names, in the registry's order. */
	public static final List<String> PEOPLE = List.of(PERSON, "donald-trump", "kim-jong-un", "federica-mogherini",
			"sergei-ryabkov", "lu-kang", "mike-pompeo");

	public static final List<String> KEY_POINTS = List.of(
			"US Secretary of State Rex Tillerson seemed to lay out a new strategy on North Korea, but the White House followed it up with a vague statement that seemed to dispute him.",
			"China and Russia welcomed Tillerson's new stance, which would allow the US to talk to North Korea without setting preconditions.",
			"But Trump seems set on putting pressure on North Korea.");

	/** Its three photos' labels, which are also their images' alt texts. */
	public static final List<String> PHOTO_LABELS = List.of("Rex Tillerson", "Rex Tillerson Donald Trump",
			"Trump kim jong un");

	public static final List<String> PHOTO_CREDITS = List.of("REUTERS/Francois Lenoir", "Andrew Harrer-Pool/Getty Images",
			"Ahn Young-joon/AP");

	private Seed() {
	}

}
