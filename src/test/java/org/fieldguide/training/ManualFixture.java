package org.fieldguide.training;

import org.fieldguide.content.ContentImport;
import org.fieldguide.content.TrainingPackages;

/** A small training module imported once into the shared test application, for page tests. */
final class ManualFixture {

	static final String MODULE = "fixture-module";

	static final String SESSION = "/en/training/fixture-module/fixture-one";

	private ManualFixture() {
	}

	static synchronized void ensure(ContentImport contentImport, ManualImport manual) {
		if (!manual.existingSlugs().contains("module:" + MODULE)) {
			contentImport.importPackage(TrainingPackages.valid("fixture").source());
		}
	}

}
