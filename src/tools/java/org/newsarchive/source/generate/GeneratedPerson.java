package org.newsarchive.source.generate;

/**
 * A person of the generated registry.
 *
 * @param surnameIsAlias whether the surname is unique in the pool, and so an alias
 * articles may use alone
 */
record GeneratedPerson(String slug, String name, String surname, boolean surnameIsAlias, String role) {

	/** How an article names the person after the first mention. */
	String reference() {
		return this.surnameIsAlias ? this.surname : this.name;
	}

	/** The role as it reads mid-sentence: "finance minister of Peru". */
	String roleInText() {
		return Character.toLowerCase(this.role.charAt(0)) + this.role.substring(1);
	}

	String registryLine() {
		return this.slug + " | " + this.name + " | " + (this.surnameIsAlias ? this.surname : "") + " | " + this.role;
	}

}
