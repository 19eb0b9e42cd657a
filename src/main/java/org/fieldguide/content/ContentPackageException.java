package org.fieldguide.content;

/** A content package is malformed; names the file and line of the first error found. */
public class ContentPackageException extends RuntimeException {

	private final String file;

	private final int line;

	public ContentPackageException(String file, int line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	/** 1-based line, or 0 when the problem concerns the whole file. */
	public int line() {
		return line;
	}

}
