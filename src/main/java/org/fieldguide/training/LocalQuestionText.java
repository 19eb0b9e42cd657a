package org.fieldguide.training;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question and its choices in one language; choices are short phrases, kept one per line. */
@Embeddable
record LocalQuestionText(@Column(name = "wording") String text, @Column(name = "choices") String choiceLines) {

	List<String> choices() {
		return Arrays.asList(choiceLines.split("\n"));
	}

}
