package org.handmademarket.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A setting's default lives in one place: {@code microprofile-config.properties} (the config
 * module), where operators read them all. A default repeated on the injection point is a second
 * copy that drifts when the file changes. The exception: beans that a readiness check may create
 * first, on a server thread that does not see the application's configuration file.
 */
class ConfigurationDefaultsTest {

  private static final Set<String> CREATED_BY_READINESS_CHECKS =
      Set.of("org.handmademarket.platform.cache.RedisConnection");

  @Test
  void noInjectedSettingRepeatsTheDefaultOfTheConfigurationFile() throws IOException {
    Properties file = new Properties();
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/microprofile-config.properties")) {
      file.load(in);
    }
    List<JavaField> injected =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.handmademarket")
                .stream()
                .flatMap(type -> type.getFields().stream())
                .filter(field -> field.isAnnotatedWith(ConfigProperty.class))
                .toList();
    assertTrue(injected.size() > 50, () -> "settings injected: " + injected.size());
    List<String> repeated =
        injected.stream()
            .filter(field -> !CREATED_BY_READINESS_CHECKS.contains(field.getOwner().getName()))
            .filter(
                field -> {
                  ConfigProperty setting = field.getAnnotationOfType(ConfigProperty.class);
                  return !ConfigProperty.UNCONFIGURED_VALUE.equals(setting.defaultValue())
                      && file.containsKey(setting.name());
                })
            .map(
                field ->
                    field.getFullName()
                        + " ("
                        + field.getAnnotationOfType(ConfigProperty.class).name()
                        + ")")
            .toList();
    assertEquals(List.of(), repeated);
  }
}
