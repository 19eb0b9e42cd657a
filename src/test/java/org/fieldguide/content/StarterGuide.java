package org.fieldguide.content;

import java.util.Set;

import org.fieldguide.guide.GuideSnapshot;

/** The bundled starter guide as the importer reads it, for tests outside this package. */
public final class StarterGuide {

	private static final GuideSnapshot SNAPSHOT = PackageReader.read(PackageSource.classpath(StarterGuideLoader.LOCATION),
			Set.of());

	private StarterGuide() {
	}

	public static GuideSnapshot snapshot() {
		return SNAPSHOT;
	}

}
