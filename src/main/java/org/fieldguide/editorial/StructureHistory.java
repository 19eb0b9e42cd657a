package org.fieldguide.editorial;

import java.util.List;

import org.fieldguide.platform.NotFoundException;
import org.springframework.ui.Model;

/** The history and diff pages shared by categories and resources. */
final class StructureHistory {

	record Pair(int from, int to) {
	}

	private StructureHistory() {
	}

	static String history(Model model, String name, String base, List<StructureRevisions.Revision> history) {
		model.addAttribute("name", name);
		model.addAttribute("base", base);
		model.addAttribute("history", history);
		model.addAttribute("latestNumber", history.getFirst().number());
		return "editorial/structure-history";
	}

	/** Without numbers: the latest revision against the one before it. */
	static Pair pair(List<StructureRevisions.Revision> history, Integer from, Integer to) {
		int newer = to != null ? to : history.getFirst().number();
		int older = from != null ? from : Math.max(1, newer - 1);
		for (int n : new int[] { older, newer }) {
			if (history.stream().noneMatch(r -> r.number() == n)) {
				throw new NotFoundException("No revision " + n);
			}
		}
		return new Pair(older, newer);
	}

	static String diff(Model model, String name, String base, Pair pair, List<String> older, List<String> newer) {
		model.addAttribute("name", name);
		model.addAttribute("base", base);
		model.addAttribute("from", pair.from());
		model.addAttribute("to", pair.to());
		model.addAttribute("diff", RevisionDiff.between(older, newer));
		return "editorial/structure-diff";
	}

}
