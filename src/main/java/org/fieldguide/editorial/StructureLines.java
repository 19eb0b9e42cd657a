package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.List;

import org.fieldguide.guide.CategoriesAndResources.CategoryState;
import org.fieldguide.guide.CategoriesAndResources.FileRef;
import org.fieldguide.guide.CategoriesAndResources.ResourceState;
import org.fieldguide.guide.CategoriesAndResources.Text;
import org.fieldguide.platform.Language;

/** A category or resource as lines of "field: value", in a fixed order, so that two versions diff line by line. */
final class StructureLines {

	private StructureLines() {
	}

	static List<String> of(CategoryState c) {
		List<String> lines = new ArrayList<>();
		lines.add("visibility: " + c.visibility());
		texts(lines, c.texts());
		return lines;
	}

	static List<String> of(ResourceState r) {
		List<String> lines = new ArrayList<>();
		lines.add("type: " + r.type().slug());
		lines.add("visibility: " + r.visibility());
		lines.add("publisher: " + nullToEmpty(r.publisher()));
		lines.add("year: " + (r.year() == null ? "" : r.year()));
		lines.add("link: " + nullToEmpty(r.link()));
		lines.add("entries: " + String.join(", ", r.entries()));
		texts(lines, r.texts());
		for (Language l : Language.values()) {
			FileRef f = r.files().get(l);
			if (f != null) {
				lines.add("file [" + l.code() + "]: " + f.fileName() + " (" + f.sizeBytes() + " bytes, " + f.storageKey() + ")");
			}
		}
		return lines;
	}

	private static void texts(List<String> lines, java.util.Map<Language, Text> texts) {
		for (Language l : Language.values()) {
			Text t = texts.get(l);
			if (t != null) {
				lines.add("title [" + l.code() + "]: " + t.title());
				lines.add("description [" + l.code() + "]: " + nullToEmpty(t.description()));
			}
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
