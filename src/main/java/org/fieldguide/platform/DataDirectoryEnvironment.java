package org.fieldguide.platform;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Pins {@code fieldguide.data-dir} to one absolute path before anything reads it: H2 refuses database
 * paths that are only implicitly relative ({@code data} rather than {@code ./data}), and a value such as
 * {@code ${random.uuid}} must resolve once, not once per reader.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "fieldguide.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY, "./data");
		String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
		environment.getPropertySources().addFirst(new MapPropertySource("fieldguideDataDirectory", Map.of(PROPERTY, absolute)));
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
