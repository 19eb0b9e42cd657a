package org.fieldguide.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Binary files out of the database. Keys are opaque, made by the store, safe as path segments. The
 * embedded default keeps files in a folder under the data directory.
 */
public interface FileStore {

	/** Stores the bytes and returns the key to find them again. */
	String put(String fileName, InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	boolean exists(String key);

	void delete(String key) throws IOException;

}
