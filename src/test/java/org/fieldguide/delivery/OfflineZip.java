package org.fieldguide.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An offline copy unpacked in memory: file name inside the copy's folder → bytes. */
record OfflineZip(String root, Map<String, byte[]> files) {

	static OfflineZip of(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String root = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				String folder = name.substring(0, name.indexOf('/') + 1);
				if (root == null) {
					root = folder;
				}
				if (!folder.equals(root) || name.contains("..")) {
					throw new IllegalStateException("outside the copy's folder: " + name);
				}
				files.put(name.substring(root.length()), in.readAllBytes());
			}
		}
		return new OfflineZip(root, files);
	}

	String text(String file) {
		byte[] bytes = files.get(file);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	Document page(String file) {
		return Jsoup.parse(text(file));
	}

	List<String> htmlFiles() {
		return files.keySet().stream().filter(f -> f.endsWith(".html")).toList();
	}

	/** Every link or source of every page that does not lead to a file of the copy. */
	List<String> brokenLinks() {
		List<String> broken = new ArrayList<>();
		for (String file : htmlFiles()) {
			for (Element element : page(file).select("[href], [src], form[action]")) {
				String value = element.hasAttr("href") ? element.attr("href")
						: element.hasAttr("src") ? element.attr("src") : element.attr("action");
				if (value.matches("(?i)^(https?:|mailto:|tel:).*") || value.startsWith("#")) {
					continue;
				}
				URI target = URI.create("file:///copy/" + file).resolve(value.replace(" ", "%20"));
				String path = target.getPath();
				if (value.startsWith("/") || !path.startsWith("/copy/") || !files.containsKey(path.substring(6))) {
					broken.add(file + " -> " + value);
				}
			}
		}
		return broken;
	}

	/** All text of the copy: every file read as UTF-8 (binary files as Latin-1, to find names in them). */
	String allText() {
		StringBuilder all = new StringBuilder();
		files.forEach((name, bytes) -> {
			all.append(name).append('\n');
			boolean text = name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".css");
			all.append(new String(bytes, text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)).append('\n');
			if (name.endsWith(".html")) {
				all.append(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text()).append('\n');
			}
		});
		return all.toString();
	}

	Path unpackTo(Path folder) throws IOException {
		for (var file : files.entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
		return folder;
	}

}
