package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;

/** The workflow of one revision, without Spring: every allowed move, and refusals of the others. */
class EditorialRevisionTest {

	static final Instant AT = Instant.parse("2026-11-27T05:00:00Z");

	static final Author EDITOR = new Author(2L, "Edith Editor");

	static final Author PUBLISHER = new Author(3L, "Paul Publisher");

	static final RevisionText TEXT = new RevisionText("Water", "Safe water", List.of("Boil it", "Test it"), "Body");

	EditorialRevision draft() {
		return EditorialRevision.draft("water", Language.FR, 2, TEXT, "first go", EDITOR, AT, 1, 1);
	}

	@Test
	void draftIsSubmittedThenPublished() {
		EditorialRevision revision = draft();
		revision.submit();
		assertThat(revision.status()).isEqualTo(RevisionStatus.IN_REVIEW);
		revision.publish(PUBLISHER, "Clearer wording", AT);
		RevisionView view = revision.view();
		assertThat(view.status()).isEqualTo(RevisionStatus.PUBLISHED);
		assertThat(view.decidedBy()).isEqualTo("Paul Publisher");
		assertThat(view.changeSummary()).isEqualTo("Clearer wording");
		assertThat(view.text()).isEqualTo(TEXT);
		assertThat(view.baseNumber()).isEqualTo(1);
		assertThat(view.sourceNumber()).isEqualTo(1);
	}

	@Test
	void aDraftCannotBePublishedWithoutReview() {
		EditorialRevision revision = draft();
		assertThatThrownBy(() -> revision.publish(PUBLISHER, null, AT)).isInstanceOf(IllegalStateException.class);
		assertThat(revision.status()).isEqualTo(RevisionStatus.DRAFT);
	}

	@Test
	void returnedRevisionGoesBackToDraftWithItsComment() {
		EditorialRevision revision = draft();
		revision.submit();
		revision.returnToDraft(PUBLISHER, "Check the numbers", AT);
		assertThat(revision.status()).isEqualTo(RevisionStatus.DRAFT);
		assertThat(revision.view().decisionComment()).isEqualTo("Check the numbers");
		revision.submit();
		assertThat(revision.status()).isEqualTo(RevisionStatus.IN_REVIEW);
	}

	@Test
	void returningNeedsAComment() {
		EditorialRevision revision = draft();
		revision.submit();
		assertThatThrownBy(() -> revision.returnToDraft(PUBLISHER, " ", AT)).isInstanceOf(IllegalArgumentException.class);
		assertThat(revision.status()).isEqualTo(RevisionStatus.IN_REVIEW);
	}

	@Test
	void onlyADraftIsSubmittedAndOnlyAReviewIsReturned() {
		EditorialRevision revision = draft();
		assertThatThrownBy(() -> revision.returnToDraft(PUBLISHER, "why", AT)).isInstanceOf(IllegalStateException.class);
		revision.submit();
		assertThatThrownBy(revision::submit).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void publishedRevisionIsUnpublishedOnceAndNeverSuperseded() {
		EditorialRevision revision = EditorialRevision.alreadyPublished("water", Language.EN, TEXT, AT, null);
		assertThat(revision.number()).isEqualTo(1);
		assertThat(revision.view().authorName()).isEqualTo(Author.IMPORT.name());
		assertThatThrownBy(revision::supersede).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(revision::submit).isInstanceOf(IllegalStateException.class);
		revision.unpublish(PUBLISHER, "outdated", AT);
		assertThat(revision.status()).isEqualTo(RevisionStatus.UNPUBLISHED);
		assertThatThrownBy(() -> revision.unpublish(PUBLISHER, null, AT)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void openRevisionsAreSupersededAndThenFinal() {
		EditorialRevision revision = draft();
		revision.supersede();
		assertThat(revision.status()).isEqualTo(RevisionStatus.SUPERSEDED);
		assertThatThrownBy(revision::submit).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(revision::supersede).isInstanceOf(IllegalStateException.class);
		EditorialRevision inReview = draft();
		inReview.submit();
		inReview.supersede();
		assertThat(inReview.status()).isEqualTo(RevisionStatus.SUPERSEDED);
	}

	@Test
	void numbersStartAtOne() {
		assertThatThrownBy(() -> EditorialRevision.draft("water", Language.EN, 0, TEXT, null, EDITOR, AT, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keyPointsAreOnePerLineAndBlankLinesDropped() {
		RevisionText text = RevisionText.of(" T ", "S", "one\r\n\n two \n", "body\r\nmore\n\n");
		assertThat(text.keyPoints()).containsExactly("one", "two");
		assertThat(text.bodyMarkdown()).isEqualTo("body\nmore");
		assertThat(text.title()).isEqualTo("T");
	}

}
