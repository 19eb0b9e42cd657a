package org.fieldguide.training.events;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a participant list: UTF-8 CSV with a header row naming the columns name, organisation, kind,
 * email, phone and consent (any order, any case). Every row is checked as the registration form checks
 * it, plus: consent must say yes, and an e-mail may appear once in the file and once in the event.
 */
final class CsvImport {

	static final List<String> COLUMNS = List.of("name", "organisation", "kind", "email", "phone", "consent");

	static final int MAX_ROWS = 1000;

	/** One data row: its line in the file, what it says, and why it is refused (empty when clean). */
	public record Row(long line, ParticipantForm form, List<String> errors) {

		public boolean clean() {
			return errors.isEmpty();
		}

	}

	/** The file's rows, or the message key of why the file as a whole cannot be read. */
	public record Result(List<Row> rows, String fileError) {

		public List<Row> cleanRows() {
			return rows.stream().filter(Row::clean).toList();
		}

		public List<Row> badRows() {
			return rows.stream().filter(r -> !r.clean()).toList();
		}

		public boolean allClean() {
			return fileError == null && !rows.isEmpty() && badRows().isEmpty();
		}

	}

	private CsvImport() {
	}

	/** @param registeredEmails e-mail addresses already registered for the event */
	static Result read(String text, Set<String> registeredEmails) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
			.setTrim(true).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			Set<String> header = new HashSet<>();
			parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
			if (!header.containsAll(COLUMNS)) {
				return new Result(List.of(), "training.import.error.header");
			}
			List<Row> rows = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					return new Result(List.of(), "training.import.error.tooMany");
				}
				rows.add(row(record, parser.getHeaderNames(), seen, registeredEmails));
			}
			return new Result(rows, rows.isEmpty() ? "training.import.error.empty" : null);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
			return new Result(List.of(), "training.import.error.unreadable");
		}
	}

	private static Row row(CSVRecord record, List<String> headers, Set<String> seen, Set<String> registered) {
		ParticipantForm form = new ParticipantForm(value(record, headers, "name"), value(record, headers, "organisation"),
				value(record, headers, "kind"), value(record, headers, "email"), value(record, headers, "phone"),
				yes(value(record, headers, "consent")));
		List<String> errors = new ArrayList<>();
		if (!record.isConsistent()) {
			errors.add("training.import.error.columns");
		}
		ParticipantForm.Valid valid = form.validate(errors);
		if (valid != null && valid.email() != null) {
			if (registered.contains(valid.email())) {
				errors.add("training.import.error.registered");
			}
			else if (!seen.add(valid.email())) {
				errors.add("training.import.error.twice");
			}
		}
		// the header is line 1; a quoted field with line breaks makes the count approximate, so it is the record's
		return new Row(record.getRecordNumber() + 1, form, List.copyOf(errors));
	}

	private static String value(CSVRecord record, List<String> headers, String column) {
		for (String header : headers) {
			if (header.strip().equalsIgnoreCase(column) && record.isSet(header)) {
				return record.get(header);
			}
		}
		return "";
	}

	private static boolean yes(String text) {
		return Set.of("yes", "y", "true", "1", "oui", "sí", "si", "نعم").contains(text.strip().toLowerCase(Locale.ROOT));
	}

}
