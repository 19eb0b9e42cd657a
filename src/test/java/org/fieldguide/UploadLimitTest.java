package org.fieldguide;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link FieldguideTest}, on a real port and with an upload limit of 1 MB, so that uploads over the
 * limit can be sent for real. Test classes that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fieldguide.uploads.max-size=1MB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface UploadLimitTest {
}
