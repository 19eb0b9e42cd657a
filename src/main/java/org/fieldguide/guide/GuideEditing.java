package org.fieldguide.guide;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editorial workspace reads from and writes to the guide: the published text of each entry
 * (editors read it with their own visibility) and the one way to change what readers see, publishing or
 * unpublishing a translation. Both writes render Markdown here and publish {@link GuideChanged} in the
 * caller's transaction, so caches are dropped only once the change is committed.
 */
@Service
public class GuideEditing {

	/** An entry's published text in one language. */
	public record PublishedText(String title, String summary, List<String> keyPoints, String bodyMarkdown) {
	}

	/** An entry for the workspace list: where it sits, who may read it, and its published titles. */
	public record EntryOverview(String slug, String categorySlug, int categoryPosition, int position,
			Visibility visibility, String parentSlug, Map<Language, String> titles) {

		public String title(Language preferred) {
			return titles.getOrDefault(preferred, titles.getOrDefault(Language.SOURCE, slug));
		}

	}

	private final EntryRepository entries;

	private final VisibilityPolicy policy;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	GuideEditing(EntryRepository entries, VisibilityPolicy policy, MarkdownRenderer markdown,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.policy = policy;
		this.markdown = markdown;
		this.events = events;
	}

	/** Every entry the viewer may read (staff ones too for editors), in guide order. */
	@Transactional(readOnly = true)
	public List<EntryOverview> entries(Viewer viewer) {
		return entries.findAllReadable(policy.mayReadStaff(viewer)).stream().map(GuideEditing::overview).toList();
	}

	/** The entry, if the viewer may read it; otherwise not found. */
	@Transactional(readOnly = true)
	public EntryOverview entry(String slug, Viewer viewer) {
		return entries.findReadable(slug, policy.mayReadStaff(viewer))
			.map(GuideEditing::overview)
			.orElseThrow(() -> new NotFoundException("No entry " + slug));
	}

	private static EntryOverview overview(Entry e) {
		Map<Language, String> titles = new EnumMap<>(Language.class);
		e.translations().forEach(t -> Language.fromCode(t.language()).ifPresent(l -> titles.put(l, t.title())));
		return new EntryOverview(e.slug(), e.category().slug(), e.category().position(), e.position(), e.visibility(),
				e.parent() == null ? null : e.parent().slug(), Map.copyOf(titles));
	}

	/** The text readers see now in this language, if the entry is published in it and the viewer may read it. */
	@Transactional(readOnly = true)
	public Optional<PublishedText> publishedText(String slug, Language language, Viewer viewer) {
		return entries.findReadable(slug, policy.mayReadStaff(viewer))
			.flatMap(e -> entries.findTranslation(e.id(), language.code()))
			.map(t -> new PublishedText(t.title(), t.summary(), List.copyOf(t.keyPoints()), t.bodyMarkdown()));
	}

	/** Markdown as the public page shows it, for previews. */
	public String render(String markdownText, Language language) {
		return markdown.render(markdownText, language);
	}

	/**
	 * Makes this text what readers see for the entry in this language (adding the translation if it is new).
	 * Only a publisher may; the caller's transaction carries the change and its {@link GuideChanged}.
	 */
	@Transactional
	public void publishTranslation(String slug, Language language, PublishedText text, Viewer publisher) {
		requirePublisher(publisher);
		Entry entry = editable(slug, publisher);
		String html = markdown.render(text.bodyMarkdown(), language);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Optional<EntryTranslation> existing = entry.translations().stream()
			.filter(t -> t.language().equals(language.code()))
			.findFirst();
		if (existing.isPresent()) {
			existing.get().replace(text.title(), text.summary(), text.bodyMarkdown(), html, text.keyPoints(), today);
		}
		else {
			entry.addTranslation(language.code(), text.title(), text.summary(), text.bodyMarkdown(), html,
					text.keyPoints(), today);
		}
		events.publishEvent(new GuideChanged("published " + slug + " in " + language.code()));
	}

	/**
	 * Readers no longer see this translation; they get the source language instead. The source language
	 * itself cannot be unpublished: every entry keeps its English text (withdraw an entry by making it
	 * staff-only instead), so no reader page, card or feed is left without text.
	 */
	@Transactional
	public void unpublishTranslation(String slug, Language language, Viewer publisher) {
		requirePublisher(publisher);
		if (language == Language.SOURCE) {
			throw new IllegalStateException("The source language of an entry cannot be unpublished");
		}
		Entry entry = editable(slug, publisher);
		boolean removed = entry.translations().removeIf(t -> t.language().equals(language.code()));
		if (!removed) {
			throw new IllegalStateException(slug + " is not published in " + language.code());
		}
		events.publishEvent(new GuideChanged("unpublished " + slug + " in " + language.code()));
	}

	private Entry editable(String slug, Viewer viewer) {
		return entries.findReadable(slug, policy.mayReadStaff(viewer))
			.orElseThrow(() -> new NotFoundException("No entry " + slug));
	}

	private static void requirePublisher(Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only a publisher changes what readers see");
		}
	}

}
