package org.fieldguide.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.fieldguide.FieldguideTest;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A failure half-way through storing a snapshot leaves nothing of it behind. */
@FieldguideTest
class GuideImportTransactionTest {

	@Autowired
	GuideImport guideImport;

	@Autowired
	CategoryRepository categories;

	@Test
	void aFailureAfterSomeRowsWereWrittenRollsBackAll() {
		var category = new CategoryData("tx-cat", 50, Visibility.PUBLIC, Map.of(Language.EN, new Text("Tx", null)));
		var entry = new EntryData("tx-entry", "tx-cat", null, 1, Visibility.PUBLIC, EnumSet.of(Phase.RUNNING), List.of(),
				List.of(), List.of(), List.of(),
				Map.of(Language.EN, new EntryText("T", "S", "## Body", List.of("k"), null)));
		var resource = new ResourceData("tx-resource", ResourceType.TOOL, Visibility.PUBLIC, null, null,
				"https://example.org", List.of("no-such-entry"), Map.of(Language.EN, new Text("R", null)), Map.of());
		assertThatThrownBy(() -> guideImport.add(new GuideSnapshot(List.of(category), List.of(entry), List.of(resource))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(categories.findBySlug("tx-cat")).isEmpty();
	}

}
