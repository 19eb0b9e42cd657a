package org.fieldguide;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FieldguideApplication {

	public static void main(String[] args) {
		// "export" and "import" run a content package command without the web server (see README)
		if (org.fieldguide.content.PackageCommand.isCommand(args)) {
			System.exit(org.fieldguide.content.PackageCommand.run(FieldguideApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(FieldguideApplication.class, args);
	}

}
