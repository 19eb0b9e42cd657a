package org.fieldguide.training.events;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A participant's details as typed (by the trainer, a CSV row or the participant), and their check:
 * name, organisation and kind are required, e-mail and phone optional but well-formed, consent explicit.
 */
public record ParticipantForm(String name, String organisation, String kind, String email, String phone, boolean consent) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,30}");

	/** The checked details: e-mail lower-case or null, phone or null. */
	record Valid(String name, String organisation, OrganisationKind kind, String email, String phone) {
	}

	static ParticipantForm blank() {
		return new ParticipantForm("", "", "", "", "", false);
	}

	Valid validate(List<String> errors) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 200) {
			errors.add("training.participant.error.name");
		}
		String o = organisation == null ? "" : organisation.strip();
		if (o.isEmpty() || o.length() > 200) {
			errors.add("training.participant.error.organisation");
		}
		OrganisationKind k = OrganisationKind.parse(kind).orElse(null);
		if (k == null) {
			errors.add("training.participant.error.kind");
		}
		String mail = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
		if (mail != null && (mail.length() > 320 || !EMAIL.matcher(mail).matches())) {
			errors.add("training.participant.error.email");
		}
		String tel = phone == null || phone.isBlank() ? null : phone.strip();
		if (tel != null && !PHONE.matcher(tel).matches()) {
			errors.add("training.participant.error.phone");
		}
		if (!consent) {
			errors.add("training.participant.error.consent");
		}
		return errors.isEmpty() ? new Valid(n, o, k, mail, tel) : null;
	}

}
