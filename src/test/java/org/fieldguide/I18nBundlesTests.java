package org.fieldguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible interface string exists in all four languages, and every key a template names exists. */
class I18nBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	@ParameterizedTest
	@ValueSource(strings = { "fr", "es", "ar" })
	void everyBundleHasExactlyTheEnglishKeys(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		for (String key : translated.stringPropertyNames()) {
			assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
		}
	}

	@Test
	void everyLiteralKeyInTemplatesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
		Set<String> missing = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(template));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keysBuiltFromValuesExistForEveryValue() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		for (org.fieldguide.guide.Phase phase : org.fieldguide.guide.Phase.values()) {
			assertThat(keys).contains("phase." + phase.slug(), "phase." + phase.slug() + ".description");
		}
		for (org.fieldguide.guide.ResourceType type : org.fieldguide.guide.ResourceType.values()) {
			assertThat(keys).contains("resource.type." + type.slug());
		}
		for (String typology : org.fieldguide.guide.CentreTags.TYPOLOGIES) {
			assertThat(keys).contains("typology." + typology);
		}
		for (String model : org.fieldguide.guide.CentreTags.MANAGEMENT_MODELS) {
			assertThat(keys).contains("model." + model);
		}
		for (String kind : List.of("400", "404", "500", "generic")) {
			assertThat(keys).contains("error." + kind + ".title", "error." + kind + ".text");
		}
		for (String facet : List.of("category", "phase", "type", "language")) {
			assertThat(keys).contains("resources.filter." + facet);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
