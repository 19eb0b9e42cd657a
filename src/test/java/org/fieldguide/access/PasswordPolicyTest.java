package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongPassphraseOfOrdinaryWordsIsAccepted() {
		assertThat(policy.check("river lantern copper 82")).isEmpty();
		assertThat(policy.check("river lantern copper 82", "amina", "amina.hassan")).isEmpty();
	}

	@Test
	void aMissingOrBlankPasswordIsRequired() {
		assertThat(policy.check(null)).contains("password.required");
		assertThat(policy.check("")).contains("password.required");
		assertThat(policy.check("              ")).contains("password.required");
	}

	@Test
	void aPasswordShorterThanTwelveCodePointsIsTooShort() {
		assertThat(policy.check("short")).contains("password.tooShort");
		assertThat(policy.check("kettle-moss")).contains("password.tooShort");
		assertThat(policy.check("kettle-moss!")).isEmpty();
		// eleven emoji are 22 Java chars but only 11 characters to the person typing them
		assertThat(policy.check("\uD83C\uDF32".repeat(11))).contains("password.tooShort");
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsTooLongRatherThanCut() {
		String seventyTwo = "river lantern copper 82 ".repeat(3);
		assertThat(seventyTwo.getBytes(StandardCharsets.UTF_8)).hasSize(72);
		assertThat(policy.check(seventyTwo)).isEmpty();
		assertThat(policy.check(seventyTwo + "x")).contains("password.tooLong");
		// bytes, not characters: 37 characters, 73 bytes in UTF-8
		String accented = "\u00e9".repeat(36) + "x";
		assertThat(accented.getBytes(StandardCharsets.UTF_8)).hasSize(73);
		assertThat(policy.check(accented)).contains("password.tooLong");
	}

	@Test
	void aPasswordOnTheListIsCommonWhateverItsCase() throws IOException {
		assertThat(listed("leavemealone")).isTrue();
		assertThat(policy.check("leavemealone")).contains("password.common");
		assertThat(policy.check("LeaveMeAlone")).contains("password.common");
		// on the list as is, though not once the leading digit and the digits at the end are removed
		assertThat(listed("1qaz2wsx3edc")).isTrue();
		assertThat(listed("qaz2wsx3edc")).isFalse();
		assertThat(policy.check("1qaz2wsx3edc")).contains("password.common");
	}

	@Test
	void digitsAndPunctuationAroundACommonPasswordDoNotHideIt() throws IOException {
		assertThat(listed("password")).isTrue();
		assertThat(listed("password1234!")).isFalse();
		assertThat(policy.check("Password1234!")).contains("password.common");
		assertThat(policy.check("!!2026-Password-2026!!")).contains("password.common");
		assertThat(policy.check("  fieldguide 2026  ")).contains("password.common");
		assertThat(policy.check("dragon123456")).contains("password.common");
		assertThat(policy.check("7!ab%9#2@4^1&")).isEmpty();
	}

	@Test
	void aRepeatedCharacterOrASimpleRunIsCommon() {
		assertThat(policy.check("aaaaaaaaaaaa")).contains("password.common");
		assertThat(policy.check("############")).contains("password.common");
		assertThat(policy.check("123456789012")).contains("password.common");
		assertThat(policy.check("abcdefghijkl")).contains("password.common");
		assertThat(policy.check("zyxwvutsrqpo")).contains("password.common");
		assertThat(policy.check("Abcdefghijkl!1")).contains("password.common");
		// a few letters between digits are not judged as a pattern
		assertThat(policy.check("7!ab%9#2@4^1&")).isEmpty();
	}

	@Test
	void aPasswordContainingAPersonalWordIsPersonal() {
		assertThat(policy.check("mlopez-field-2026")).isEmpty();
		assertThat(policy.check("mlopez-field-2026", "mlopez")).contains("password.personal");
		assertThat(policy.check("MLopez-field-2026", "maria", "MLOPEZ")).contains("password.personal");
		// words under four characters are ignored: they occur in passwords by chance
		assertThat(policy.check("banana lantern copper", "ana")).isEmpty();
		assertThat(policy.check("banana lantern copper", (String) null)).isEmpty();
	}

	@Test
	void theRulesAreCheckedInOrder() {
		// short and on the list: too short first
		assertThat(policy.check("password", "password")).contains("password.tooShort");
		// common and personal: common first
		assertThat(policy.check("leavemealone", "leave")).contains("password.common");
	}

	private static boolean listed(String word) throws IOException {
		try (InputStream in = PasswordPolicyTest.class.getResourceAsStream("/access/common-passwords.txt")) {
			assertThat(in).as("the common passwords list").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().anyMatch(word::equals);
		}
	}

}
