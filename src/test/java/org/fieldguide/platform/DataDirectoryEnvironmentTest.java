package org.fieldguide.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryEnvironmentTest {

	@Test
	void aRelativeDataDirectoryBecomesOneAbsolutePath() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("fieldguide.data-dir", "state/here")));
		new DataDirectoryEnvironment().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("fieldguide.data-dir"))
			.isEqualTo(Path.of("state/here").toAbsolutePath().normalize().toString());
	}

	@Test
	void theDefaultIsDataInTheWorkingDirectory() {
		StandardEnvironment environment = new StandardEnvironment();
		new DataDirectoryEnvironment().postProcessEnvironment(environment, new SpringApplication());
		assertThat(Path.of(environment.getProperty("fieldguide.data-dir"))).isEqualTo(Path.of("data").toAbsolutePath());
	}

}
