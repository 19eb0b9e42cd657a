package org.fieldguide.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot;
import org.fieldguide.training.ManualSnapshot.ModuleData;
import org.fieldguide.training.ManualSnapshot.QuestionData;
import org.fieldguide.training.ManualSnapshot.SessionData;
import org.fieldguide.training.ManualSnapshot.SessionText;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the training manual's part of a content package ({@code training/}), the layout
 * {@link TrainingPackageReader} and {@link QuestionBankReader} read, with the package's YAML writer.
 */
final class TrainingPackageWriter {

	private final Yaml yaml;

	TrainingPackageWriter(Yaml yaml) {
		this.yaml = yaml;
	}

	/** Hands each file (path, text) to {@code out} and returns how many there were. */
	int write(ManualSnapshot manual, BiConsumer<String, String> out) {
		int count = 0;
		for (ModuleData module : manual.modules()) {
			String folder = "training/" + module.slug() + "/";
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("position", module.position());
			fields.put("audience", module.audience());
			Map<String, String> titles = new LinkedHashMap<>();
			Map<String, String> descriptions = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				ManualSnapshot.ModuleText text = module.texts().get(language);
				if (text != null) {
					titles.put(language.code(), text.title());
					if (text.description() != null) {
						descriptions.put(language.code(), text.description());
					}
				}
			}
			fields.put("title", titles);
			fields.put("description", descriptions);
			out.accept(folder + "module.yaml", yaml.dump(fields));
			count++;
			for (SessionData session : module.sessions()) {
				for (Language language : Language.values()) {
					SessionText text = session.texts().get(language);
					if (text == null) {
						continue;
					}
					String name = folder + session.slug() + "." + language.code();
					out.accept(name + ".md", session(session, text, language == Language.SOURCE));
					count++;
					if (text.notesMarkdown() != null) {
						out.accept(name + ".notes.md", text.notesMarkdown() + "\n");
						count++;
					}
				}
			}
			if (!module.questions().isEmpty()) {
				out.accept(folder + "questions.yaml", yaml.dump(Map.of("questions", questions(module.questions()))));
				count++;
			}
		}
		return count;
	}

	private String session(SessionData session, SessionText text, boolean source) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", text.title());
		if (source) {
			fields.put("position", session.position());
			fields.put("duration", session.minutes());
			fields.put("method", session.method());
		}
		fields.put("objectives", new ArrayList<>(text.objectives()));
		if (source) {
			if (!session.materials().isEmpty()) {
				fields.put("materials", new ArrayList<>(session.materials()));
			}
			fields.put("entries", new ArrayList<>(session.entries()));
		}
		return "---\n" + yaml.dump(fields) + "---\n" + text.planMarkdown() + "\n";
	}

	private static List<Map<String, Object>> questions(List<QuestionData> bank) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (QuestionData q : bank) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("key", q.key());
			Map<String, String> wording = new LinkedHashMap<>();
			q.texts().forEach((language, text) -> wording.put(language.code(), text));
			item.put("text", wording);
			List<Map<String, String>> choices = new ArrayList<>();
			List<String> source = q.choices().get(Language.SOURCE);
			for (int i = 0; i < source.size(); i++) {
				Map<String, String> choice = new LinkedHashMap<>();
				for (Map.Entry<Language, List<String>> perLanguage : q.choices().entrySet()) {
					if (i < perLanguage.getValue().size()) {
						choice.put(perLanguage.getKey().code(), perLanguage.getValue().get(i));
					}
				}
				choices.add(choice);
			}
			item.put("choices", choices);
			item.put("correct", q.correctIndex() + 1);
			items.add(item);
		}
		return items;
	}

}
