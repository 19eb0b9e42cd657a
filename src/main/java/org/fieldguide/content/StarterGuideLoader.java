package org.fieldguide.content;

import org.fieldguide.guide.GuideImport;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.training.ManualImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, an empty guide receives the bundled starter guide, so a new installation is useful at
 * once — or, when {@code fieldguide.initial-package} names a content package (folder or ZIP), that one.
 */
@Component
@Order(0)
class StarterGuideLoader implements ApplicationRunner {

	static final String LOCATION = "starter-guide";

	private static final Logger log = LoggerFactory.getLogger(StarterGuideLoader.class);

	private final ContentImport contentImport;

	private final GuideImport guide;

	private final FieldguideProperties properties;

	private final ManualImport manual;

	StarterGuideLoader(ContentImport contentImport, GuideImport guide, FieldguideProperties properties,
			ManualImport manual) {
		this.manual = manual;
		this.contentImport = contentImport;
		this.guide = guide;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.importStarterGuide()) {
			return;
		}
		if (!guide.isEmpty()) {
			addStarterManual();
			return;
		}
		long start = System.nanoTime();
		java.nio.file.Path own = properties.initialPackage();
		PackageSource source = own == null ? PackageSource.classpath(LOCATION)
				: java.nio.file.Files.isDirectory(own) ? PackageSource.folder(own) : PackageSource.zip(own);
		ContentImport.Report report = contentImport.importPackage(source);
		log.info("Imported {}: {} categories, {} entries ({} translations), {} resources, {} files, {} training modules ({} sessions) in {} ms",
				own == null ? "the starter guide" : own, report.categories(), report.entries(), report.translations(),
				report.resources(), report.files(), report.trainingModules(), report.trainingSessions(), (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * A guide imported from the starter guide before it carried the training manual gets the starter
	 * manual on the next start. Where it does not fit (the guide has changed since), the guide runs on
	 * without a manual and the log says why.
	 */
	private void addStarterManual() {
		if (properties.initialPackage() != null || !manual.isEmpty()) {
			return;
		}
		try {
			ContentImport.Report report = contentImport.importManual(PackageSource.classpath(LOCATION));
			log.info("Added the starter training manual: {} modules, {} sessions", report.trainingModules(),
					report.trainingSessions());
		}
		catch (ContentPackageException e) {
			log.warn("The starter training manual does not fit this guide and was not added: {}", e.getMessage());
		}
	}

}
