package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.fieldguide.guide.GuideViews.FileItem;
import org.fieldguide.guide.GuideViews.ResourceItem;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;

/** Turns resources the viewer may read into the items pages list, with their files' download links. */
@Component
class ResourceViews {

	List<ResourceItem> items(List<Resource> list, Language language) {
		return list.stream()
			.map(r -> item(r, language))
			.sorted(Comparator.comparing((ResourceItem i) -> i.type().ordinal()).thenComparing(ResourceItem::title))
			.toList();
	}

	ResourceItem item(Resource resource, Language language) {
		LocalText.Chosen chosen = LocalText.choose(resource.texts(), language);
		LocalText text = chosen.text();
		List<FileItem> files = new ArrayList<>();
		for (Language fileLanguage : Language.values()) {
			ResourceFile file = resource.files().get(fileLanguage.code());
			if (file != null) {
				files.add(new FileItem(fileLanguage, file.fileName(), format(file.fileName()), file.sizeBytes(),
						"/files/" + resource.slug() + "/" + fileLanguage.code() + "/" + file.fileName()));
			}
		}
		// the reader's own language first, then the others in the usual order
		files.sort(Comparator.comparing((FileItem f) -> f.language() != language));
		return new ResourceItem(resource.slug(), resource.type(), text.title(), text.description(), chosen.language(),
				resource.publisher(), resource.year(), resource.externalUrl(), files);
	}

	static String format(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

}
