package org.fieldguide.training.events;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of training events (the manual's own settings share the prefix: {@code org.fieldguide.training.TrainingProperties}).
 *
 * @param certificateAttendance the share of event days a participant must attend for a certificate
 * @param retention how long after an event its participants' personal data are kept
 */
@ConfigurationProperties("fieldguide.training")
public record EventProperties(Double certificateAttendance, Period retention) {

	public EventProperties {
		certificateAttendance = certificateAttendance == null ? 0.8 : certificateAttendance;
		retention = retention == null ? Period.ofMonths(24) : retention;
		if (certificateAttendance <= 0 || certificateAttendance > 1) {
			throw new IllegalArgumentException("fieldguide.training.certificate-attendance must be in (0, 1]");
		}
	}

}
