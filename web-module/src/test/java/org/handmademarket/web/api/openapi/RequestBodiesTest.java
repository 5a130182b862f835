package org.handmademarket.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI filter describes the request bodies it lists; a resource reading a body that is not
 * listed would publish the scanner's incomplete schema again.
 */
class RequestBodiesTest {

  @Test
  void everyJsonBodyAResourceReadsIsListedAndNothingElse() {
    Set<String> read = new TreeSet<>();
    for (JavaClass resource :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.handmademarket.web.api")) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method method : resource.reflect().getMethods()) {
        if (!isResourceMethod(method)) {
          continue;
        }
        for (Parameter parameter : method.getParameters()) {
          if (isEntity(parameter)
              && parameter.getType().getName().startsWith("org.handmademarket")) {
            read.add(parameter.getType().getName());
          }
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    RequestBodies.REQUESTS.forEach(type -> listed.add(type.getName()));

    assertEquals(read, listed, "RequestBodies.REQUESTS against the bodies the resources read");
  }

  private static boolean isResourceMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  /** A parameter JAX-RS fills from the body: none of its annotations is one of JAX-RS's own. */
  private static boolean isEntity(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
        return false;
      }
    }
    return true;
  }
}
