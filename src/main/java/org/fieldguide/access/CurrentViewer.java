package org.fieldguide.access;

import org.springframework.stereotype.Component;

/** Resolves the viewer of the current request. Before sign-in exists, everyone is anonymous. */
@Component
public class CurrentViewer {

	public Viewer get() {
		return Viewer.anonymous();
	}

}
