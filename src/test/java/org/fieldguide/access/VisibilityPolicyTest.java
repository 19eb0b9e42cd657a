package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibilityPolicyTest {

	private final VisibilityPolicy policy = new VisibilityPolicy();

	@Test
	void anAnonymousViewerReadsPublicContentOnly() {
		assertThat(policy.readableBy(Viewer.anonymous())).containsExactly(Visibility.PUBLIC);
		assertThat(policy.mayReadStaff(Viewer.anonymous())).isFalse();
	}

	@Test
	void untilSignInExistsNobodyReadsStaffContent() {
		assertThat(policy.mayReadStaff(new Viewer(true))).isFalse();
	}

}
