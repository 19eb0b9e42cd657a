package org.fieldguide.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read without building objects, so that every value keeps its line and every error
 * names the file and line it comes from.
 */
final class YamlFields {

	private final String file;

	private final int lineOffset;

	private final int startLine;

	private final Map<String, Node> fields = new LinkedHashMap<>();

	private YamlFields(String file, int lineOffset, int startLine) {
		this.file = file;
		this.lineOffset = lineOffset;
		this.startLine = startLine;
	}

	/** Parses {@code text}, whose first line is line {@code lineOffset + 1} of {@code file}. */
	static YamlFields parse(String text, String file, int lineOffset) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		Node root;
		try {
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException e) {
			int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
			throw new ContentPackageException(file, line + lineOffset, "invalid YAML: " + e.getProblem());
		}
		catch (YAMLException e) {
			throw new ContentPackageException(file, lineOffset + 1, "invalid YAML: " + e.getMessage());
		}
		YamlFields fields = new YamlFields(file, lineOffset, lineOffset + 1);
		if (root == null) {
			return fields;
		}
		if (!(root instanceof MappingNode mapping)) {
			throw fields.error(root, "expected a mapping of fields (name: value)");
		}
		return fields.fill(mapping);
	}

	private YamlFields fill(MappingNode mapping) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw error(tuple.getKeyNode(), "field names must be plain words");
			}
			fields.put(key.getValue(), tuple.getValueNode());
		}
		return this;
	}

	/**
	 * A list of mappings, such as the questions of a question bank or a question's choices; each item
	 * keeps its own lines for errors.
	 */
	List<YamlFields> mappings(String name) {
		Node node = fields.get(name);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			throw error(node, "'" + name + "' must be a list");
		}
		List<YamlFields> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode mapping)) {
				throw error(item, "each item of '" + name + "' must be a mapping of fields (name: value)");
			}
			items.add(new YamlFields(file, lineOffset, lineOf(item)).fill(mapping));
		}
		return items;
	}

	Set<String> names() {
		return fields.keySet();
	}

	boolean has(String name) {
		return fields.containsKey(name);
	}

	int line(String name) {
		Node node = fields.get(name);
		return node == null ? startLine : lineOf(node);
	}

	String string(String name) {
		Node node = require(name);
		return scalar(name, node);
	}

	String optionalString(String name) {
		Node node = fields.get(name);
		if (node == null || (node instanceof ScalarNode s && s.getValue().isEmpty())) {
			return null;
		}
		return scalar(name, node);
	}

	int integer(String name) {
		String value = string(name);
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw error(fields.get(name), "'" + name + "' must be a whole number, not '" + value + "'");
		}
	}

	List<String> strings(String name) {
		Node node = fields.get(name);
		if (node == null || (node instanceof ScalarNode s && s.getValue().isEmpty())) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			throw error(node, "'" + name + "' must be a list");
		}
		List<String> values = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			values.add(scalar(name, item));
		}
		return values;
	}

	/** A mapping of language code to text, such as {@code title: {en: …, fr: …}}. */
	Map<String, String> map(String name) {
		Node node = fields.get(name);
		if (node == null) {
			return Map.of();
		}
		if (!(node instanceof MappingNode mapping)) {
			throw error(node, "'" + name + "' must map languages to text (en: …)");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			values.put(scalar(name, tuple.getKeyNode()), scalar(name, tuple.getValueNode()));
		}
		return values;
	}

	/** The line of a key inside a nested mapping, for errors about one of its values. */
	int line(String name, String key) {
		if (fields.get(name) instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
					return lineOf(tuple.getKeyNode());
				}
			}
		}
		return line(name);
	}

	ContentPackageException error(String name, String key, String problem) {
		return new ContentPackageException(file, line(name, key), problem);
	}

	ContentPackageException error(String name, String problem) {
		return new ContentPackageException(file, line(name), problem);
	}

	private Node require(String name) {
		Node node = fields.get(name);
		if (node == null) {
			throw new ContentPackageException(file, startLine, "missing field '" + name + "'");
		}
		return node;
	}

	private String scalar(String name, Node node) {
		if (!(node instanceof ScalarNode scalar)) {
			throw error(node, "'" + name + "' must be a single value");
		}
		return scalar.getValue();
	}

	private ContentPackageException error(Node node, String problem) {
		return new ContentPackageException(file, lineOf(node), problem);
	}

	private int lineOf(Node node) {
		return node.getStartMark().getLine() + 1 + lineOffset;
	}

}
