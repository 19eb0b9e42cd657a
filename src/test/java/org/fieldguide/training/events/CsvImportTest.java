package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reading participant lists: every row checked, each refusal with its line and reason. */
class CsvImportTest {

	@Test
	void eachBadRowIsReportedWithItsLineAndReasons() {
		String csv = "\uFEFFName,Organisation,Kind,Email,Phone,Consent\n"
				+ "Awa Sow,\"Mairie, Agadez\",local-authority,awa@example.org,,yes\n"
				+ "Ben,NGO,spaceship,ben@example,,yes\n"
				+ "Cleo,NGO,partner,awa@example.org,,no\n"
				+ "Dan,Ministry,national authority,dan@example.org,+227 1234567,oui\n";
		CsvImport.Result result = CsvImport.read(csv, Set.of("dan@example.org"));
		assertThat(result.fileError()).isNull();
		assertThat(result.rows()).hasSize(4);
		assertThat(result.cleanRows()).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.form().organisation()).isEqualTo("Mairie, Agadez");
		});
		assertThat(result.badRows()).extracting(CsvImport.Row::line).containsExactly(3L, 4L, 5L);
		assertThat(result.badRows().get(0).errors()).containsExactly("training.participant.error.kind",
				"training.participant.error.email");
		assertThat(result.badRows().get(1).errors()).containsExactly("training.participant.error.consent");
		assertThat(result.badRows().get(2).errors()).containsExactly("training.import.error.registered");
		assertThat(result.allClean()).isFalse();
	}

	@Test
	void aFileWithoutTheColumnsOrRowsIsRefusedAsAWhole() {
		assertThat(CsvImport.read("name,organisation\nA,B\n", Set.of()).fileError()).isEqualTo("training.import.error.header");
		assertThat(CsvImport.read("name,organisation,kind,email,phone,consent\n", Set.of()).fileError())
			.isEqualTo("training.import.error.empty");
		assertThat(CsvImport.read("name,organisation,kind,email,phone,consent\nA,B,staff,,,yes\nA,B,staff,,,yes\n", Set.of())
			.allClean()).as("two people without e-mail are not duplicates").isTrue();
		assertThat(CsvImport.read("name,organisation,kind,email,phone,consent\nA,B,staff,a@x.org,,yes\nC,D,staff,A@X.org,,yes\n",
				Set.of()).badRows()).singleElement().satisfies(r -> assertThat(r.errors()).containsExactly("training.import.error.twice"));
	}

}
