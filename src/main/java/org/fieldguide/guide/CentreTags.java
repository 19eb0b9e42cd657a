package org.fieldguide.guide;

import java.util.List;

/** The fixed vocabularies entries are tagged with: the facility typologies and management models. */
public final class CentreTags {

	/** Multifunctional, shelter/accommodation, information and resource, government-run, hotels and private, specialised. */
	public static final List<String> TYPOLOGIES = List.of("multifunctional", "shelter", "information", "government-run",
			"hotel-private", "specialised");

	/** Run by the organisation, through an implementing partner, by the government, co-managed. */
	public static final List<String> MANAGEMENT_MODELS = List.of("organisation-run", "implementing-partner",
			"government", "co-managed");

	private CentreTags() {
	}

}
