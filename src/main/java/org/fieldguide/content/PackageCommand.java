package org.fieldguide.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar fieldguide.jar export --out guide.zip [--category slug]} and
 * {@code java -jar fieldguide.jar import guide.zip [--dry-run]}: the application without its web server,
 * with the same configuration options as the server ({@code --fieldguide.data-dir=…}). The command never
 * imports the starter guide into an empty database on its own (that is the server's first start), so an
 * import into a new data directory holds exactly the package, and an export of an empty guide is refused.
 */
public final class PackageCommand {

	/** Exit codes: 0 done, 1 the package or the guide refused it, 2 the command line is wrong. */
	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = "usage: fieldguide export --out guide.zip [--category slug] | "
			+ "fieldguide import guide.zip [--dry-run]   (plus any --name=value setting, e.g. --fieldguide.data-dir=…)";

	private static final Viewer OPERATOR = new Viewer(null, "command line (" + System.getProperty("user.name") + ")",
			EnumSet.of(Role.EDITOR, Role.PUBLISHER));

	private PackageCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("export") || args[0].equals("import"));
	}

	/** Runs the command and returns the process's exit code; the report goes to {@code out}. */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		CommandLine line;
		try {
			line = CommandLine.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("fieldguide " + args[0] + ": " + e.getMessage() + " (" + USAGE_TEXT + ")");
			return USAGE;
		}
		PackageSource source = null;
		if (line.importing()) {
			if (!Files.exists(line.file())) {
				err.println("fieldguide import: no such file: " + line.file());
				return USAGE;
			}
			try {
				source = Files.isDirectory(line.file()) ? PackageSource.folder(line.file()) : PackageSource.zip(line.file());
			}
			catch (ContentPackageException | UncheckedIOException e) {
				err.println("fieldguide import: " + line.file() + " is not a content package: " + e.getMessage());
				return REFUSED;
			}
		}
		SpringApplication app = new SpringApplication(application);
		app.setLogStartupInfo(false);
		app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = app.run(line.springArguments())) {
			return line.importing() ? importPackage(context, source, line, out, err) : export(context, line, out, err);
		}
	}

	private static int importPackage(ConfigurableApplicationContext context, PackageSource source, CommandLine line,
			PrintStream out, PrintStream err) {
		ContentImport contentImport = context.getBean(ContentImport.class);
		try {
			ImportPlan plan = line.dryRun() ? contentImport.plan(source, OPERATOR) : contentImport.apply(source, OPERATOR);
			out.print(PlanReport.text(plan));
			return OK;
		}
		catch (ContentPackageException e) {
			err.println("fieldguide import: invalid package, nothing imported: " + e.getMessage());
			return REFUSED;
		}
	}

	private static int export(ConfigurableApplicationContext context, CommandLine line, PrintStream out, PrintStream err) {
		if (context.getBean(org.fieldguide.guide.GuideImport.class).isEmpty()) {
			err.println("fieldguide export: the guide in this data directory is empty; nothing to export");
			return REFUSED;
		}
		Path target = line.file().toAbsolutePath();
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			err.println("fieldguide export: no such folder: " + target.getParent());
			return USAGE;
		}
		try {
			Path partial = Files.createTempFile(target.getParent(), ".fieldguide-export-", ".part");
			ContentExport.Summary summary;
			try (OutputStream stream = Files.newOutputStream(partial)) {
				summary = context.getBean(ContentExport.class).export(line.category(), OPERATOR, stream);
			}
			catch (RuntimeException | IOException e) {
				Files.deleteIfExists(partial);
				throw e;
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			out.printf("Exported %d categories, %d entries, %d resources and %d files to %s%n", summary.categories(),
					summary.entries(), summary.resources(), summary.files(), target);
			return OK;
		}
		catch (org.fieldguide.platform.NotFoundException e) {
			err.println("fieldguide export: no category '" + line.category() + "' in this guide");
			return REFUSED;
		}
		catch (IOException e) {
			err.println("fieldguide export: could not write " + target + ": " + e.getMessage());
			return REFUSED;
		}
	}

	/** The command's own words, and the settings passed on to the application. */
	record CommandLine(boolean importing, Path file, String category, boolean dryRun, String[] springArguments) {

		static CommandLine parse(String[] args) {
			boolean importing = args[0].equals("import");
			Path file = null;
			String category = null;
			boolean dryRun = false;
			List<String> spring = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (!importing && (arg.equals("--out") || arg.equals("--category"))) {
					if (i + 1 >= args.length) {
						throw new IllegalArgumentException(arg + " needs a value");
					}
					if (arg.equals("--out")) {
						file = Path.of(args[++i]);
					}
					else {
						category = args[++i];
					}
				}
				else if (!importing && arg.startsWith("--out=")) {
					file = Path.of(arg.substring("--out=".length()));
				}
				else if (!importing && arg.startsWith("--category=")) {
					category = arg.substring("--category=".length());
				}
				else if (importing && arg.equals("--dry-run")) {
					dryRun = true;
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else if (importing && !arg.startsWith("-") && file == null) {
					file = Path.of(arg);
				}
				else {
					throw new IllegalArgumentException("unexpected argument '" + arg + "'");
				}
			}
			if (file == null) {
				throw new IllegalArgumentException(importing ? "which package? give the ZIP file to import" : "--out is required");
			}
			// the command never fills an empty guide with the starter guide, and keeps its output to the report
			defaultTo(spring, "fieldguide.import-starter-guide", "false");
			// the web application context is needed (controllers, security), the listening server is not:
			// port -1 creates the context without opening any port
			defaultTo(spring, "server.port", "-1");
			defaultTo(spring, "fieldguide.access.demo-accounts", "false");
			defaultTo(spring, "logging.level.root", "warn");
			defaultTo(spring, "logging.level.org.fieldguide", "warn");
			return new CommandLine(importing, file, category, dryRun, spring.toArray(String[]::new));
		}

		private static void defaultTo(List<String> spring, String name, String value) {
			if (spring.stream().noneMatch(a -> a.startsWith("--" + name + "="))) {
				spring.add("--" + name + "=" + value);
			}
		}

	}

}
