package org.fieldguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of a content package, wherever they are: a folder, a ZIP, or the application's classpath
 * (the bundled starter guide). Paths are relative, with {@code /} separators.
 */
public interface PackageSource {

	List<String> paths();

	byte[] read(String path);

	static PackageSource folder(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			Map<String, byte[]> files = new HashMap<>();
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
			return of(files);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A ZIP of a package folder; a single top-level folder inside the ZIP is allowed and skipped. */
	static PackageSource zip(Path zip) {
		try (FileSystem fs = FileSystems.newFileSystem(zip)) {
			Path root = fs.getPath("/");
			try (Stream<Path> top = Files.list(root)) {
				List<Path> children = top.toList();
				if (children.size() == 1 && Files.isDirectory(children.get(0))
						&& !Files.exists(root.resolve("package.yaml"))) {
					root = children.get(0);
				}
			}
			return folder(root);
		}
		catch (IOException | java.nio.file.ProviderNotFoundException e) {
			// a file that is not a ZIP at all has no file system provider
			throw new ContentPackageException(zip.getFileName().toString(), 0, "not a readable ZIP file");
		}
	}

	/** A package inside the application, for instance {@code starter-guide}, read from the classpath. */
	static PackageSource classpath(String location) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + location + "/**");
			String marker = "/" + location + "/";
			Map<String, byte[]> files = new HashMap<>();
			for (Resource resource : found) {
				if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
					continue;
				}
				String url = resource.getURL().toString();
				String path = url.substring(url.lastIndexOf(marker) + marker.length());
				try (InputStream in = resource.getInputStream()) {
					files.put(path, in.readAllBytes());
				}
			}
			return of(files);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A package held in memory: its paths and their bytes. */
	static PackageSource of(Map<String, byte[]> files) {
		List<String> paths = files.keySet().stream().sorted().toList();
		Map<String, byte[]> copy = Map.copyOf(files);
		return new PackageSource() {
			@Override
			public List<String> paths() {
				return paths;
			}

			@Override
			public byte[] read(String path) {
				return copy.get(path);
			}
		};
	}

}
