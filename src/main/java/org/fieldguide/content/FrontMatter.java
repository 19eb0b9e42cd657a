package org.fieldguide.content;

/**
 * A Markdown file that starts with YAML front matter between two {@code ---} lines.
 *
 * @param bodyLine the line of the file on which the body starts
 */
record FrontMatter(String file, YamlFields fields, String body, int bodyLine) {

	static FrontMatter split(String text, String file) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (!content.startsWith("---\n")) {
			throw new ContentPackageException(file, 1, "expected front matter: the file starts with a line '---'");
		}
		int end = content.indexOf("\n---\n", 3);
		boolean endsAtEof = false;
		if (end < 0 && content.endsWith("\n---")) {
			end = content.length() - 4;
			endsAtEof = true;
		}
		if (end < 0) {
			throw new ContentPackageException(file, 1, "the front matter is not closed by a line '---'");
		}
		String yaml = content.substring(4, end + 1);
		int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
		String body = endsAtEof ? "" : content.substring(end + 5);
		return new FrontMatter(file, YamlFields.parse(yaml, file, 1), body.strip(), yamlLines + 3);
	}

}
