package org.fieldguide.training.events;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of training events.
 *
 * @param certificateAttendance the share of event days a participant must attend for a certificate
 * @param retention how long after an event its participants' personal data are kept
 */
@ConfigurationProperties("fieldguide.training")
public record TrainingProperties(Double certificateAttendance, Period retention) {

	public TrainingProperties {
		certificateAttendance = certificateAttendance == null ? 0.8 : certificateAttendance;
		retention = retention == null ? Period.ofMonths(24) : retention;
		if (certificateAttendance <= 0 || certificateAttendance > 1) {
			throw new IllegalArgumentException("fieldguide.training.certificate-attendance must be in (0, 1]");
		}
	}

}
