package org.fieldguide;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FieldguideApplication {

	public static void main(String[] args) {
		SpringApplication.run(FieldguideApplication.class, args);
	}

}
