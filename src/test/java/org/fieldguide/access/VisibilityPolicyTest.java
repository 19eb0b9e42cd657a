package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fieldguide.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class VisibilityPolicyTest {

	private final VisibilityPolicy policy = policy(true);

	@Test
	void anAnonymousViewerReadsPublicContentOnly() {
		assertThat(policy.readableBy(Viewer.anonymous())).containsExactly(Visibility.PUBLIC);
		assertThat(policy.mayReadStaff(Viewer.anonymous())).isFalse();
	}

	@Test
	void everySignedInRoleReadsStaffContent() {
		for (Role role : Role.values()) {
			Viewer viewer = Viewer.signedIn(7, "Amina", Set.of(role));
			assertThat(policy.mayReadStaff(viewer)).as(role.name()).isTrue();
			assertThat(policy.readableBy(viewer)).containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.STAFF);
			assertThat(policy.showsLockedTitles(viewer)).isFalse();
		}
	}

	@Test
	void aSignedInAccountWithoutRolesReadsPublicContentOnly() {
		Viewer noRoles = Viewer.signedIn(8, "Guest", EnumSet.noneOf(Role.class));
		assertThat(policy.mayReadStaff(noRoles)).isFalse();
		assertThat(policy.refusal(noRoles, "x")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anonymousVisitorsAreAskedToSignInOrToldNothingWhenTitlesAreHidden() {
		assertThat(policy.showsLockedTitles(Viewer.anonymous())).isTrue();
		assertThat(policy.refusal(Viewer.anonymous(), "x")).isInstanceOf(AccessDeniedException.class);
		VisibilityPolicy hiding = policy(false);
		assertThat(hiding.showsLockedTitles(Viewer.anonymous())).isFalse();
		assertThat(hiding.refusal(Viewer.anonymous(), "x")).isInstanceOf(NotFoundException.class);
	}

	private static VisibilityPolicy policy(boolean showTitles) {
		return new VisibilityPolicy(new AccessProperties(showTitles, true, false,
				new AccessProperties.Throttle(3, 10, 10, 50, java.time.Duration.ofSeconds(2),
						java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(15)),
				Map.of()));
	}

}
