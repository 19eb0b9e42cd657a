package org.fieldguide.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.training.*}.
 *
 * @param dayMinutes the most minutes of sessions a training day holds when a module's agenda is laid out
 * in days (breaks come on top); 6 hours by default
 */
@ConfigurationProperties("fieldguide.training")
public record TrainingProperties(@DefaultValue("360") int dayMinutes) {

	public TrainingProperties {
		if (dayMinutes < 60 || dayMinutes > 24 * 60) {
			throw new IllegalArgumentException("fieldguide.training.day-minutes must be 60 to 1440, not " + dayMinutes);
		}
	}

}
