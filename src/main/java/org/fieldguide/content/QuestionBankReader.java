package org.fieldguide.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot.QuestionData;

/** Reads and checks a module's {@code questions.yaml}: multiple-choice questions for pre- and post-tests. */
final class QuestionBankReader {

	private QuestionBankReader() {
	}

	static List<QuestionData> read(String path, String text) {
		YamlFields bank = YamlFields.parse(text, path, 0);
		List<YamlFields> items = bank.mappings("questions");
		if (items.isEmpty()) {
			throw bank.error("questions", "a question bank has at least one question");
		}
		List<QuestionData> questions = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (YamlFields item : items) {
			String key = item.string("key");
			if (!PackageReader.SLUG.matcher(key).matches() || key.length() > 80) {
				throw item.error("key", "'" + key + "' is not a valid key (lower-case words joined by hyphens)");
			}
			if (!keys.add(key)) {
				throw item.error("key", "key '" + key + "' is used twice in this question bank");
			}
			Map<Language, String> texts = texts(item, "text");
			List<YamlFields> choiceItems = item.mappings("choices");
			if (choiceItems.size() < 3 || choiceItems.size() > 4) {
				throw item.error("choices", "a question has 3 or 4 choices, not " + choiceItems.size());
			}
			Map<Language, List<String>> choices = new EnumMap<>(Language.class);
			for (Language language : texts.keySet()) {
				choices.put(language, new ArrayList<>());
			}
			for (YamlFields choice : choiceItems) {
				Map<Language, String> byLanguage = new EnumMap<>(Language.class);
				for (String code : choice.names()) {
					Language language = Language.fromCode(code)
						.orElseThrow(() -> choice.error(code, "unknown language '" + code + "'"));
					String value = choice.string(code).strip();
					if (value.isEmpty() || value.contains("\n") || value.length() > 300) {
						throw choice.error(code, "a choice is a short phrase on one line");
					}
					byLanguage.put(language, value);
				}
				if (!byLanguage.keySet().equals(texts.keySet())) {
					throw choice.error("en", "each choice is given in the same languages as the question text " + texts.keySet());
				}
				byLanguage.forEach((language, value) -> choices.get(language).add(value));
			}
			int correct = item.integer("correct");
			if (correct < 1 || correct > choiceItems.size()) {
				throw item.error("correct", "'correct' is the number of the right choice, 1 to " + choiceItems.size());
			}
			questions.add(new QuestionData(key, texts, choices, correct - 1));
		}
		return questions;
	}

	private static Map<Language, String> texts(YamlFields item, String field) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		for (Map.Entry<String, String> t : item.map(field).entrySet()) {
			Language language = Language.fromCode(t.getKey())
				.orElseThrow(() -> item.error(field, t.getKey(), "unknown language '" + t.getKey() + "'"));
			String value = t.getValue().strip();
			if (value.isEmpty() || value.length() > 1000) {
				throw item.error(field, t.getKey(), "a question has 1 to 1000 characters");
			}
			texts.put(language, value);
		}
		if (!texts.containsKey(Language.SOURCE)) {
			throw item.error(field, "the question in the source language (en) is required");
		}
		return texts;
	}

}
