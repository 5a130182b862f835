package org.handmademarket.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module holds adapters only: the JAX-RS resources ({@code web.api}) and the console's
 * backing beans ({@code web.console}) call the EJB module's services and never reach persistence
 * themselves: no {@code EntityManager} or other JPA type, no JDBC, no entity of a feature.
 */
class AdaptersTest {

  private static final String RESOURCES = "org.handmademarket.web.api..";
  private static final String CONSOLE = "org.handmademarket.web.console..";

  private static final DescribedPredicate<JavaClass> PERSISTENCE =
      JavaClass.Predicates.resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
          .or(DescribedPredicate.describe("an entity", type -> type.isAnnotatedWith(Entity.class)));

  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.handmademarket.web");
  }

  @Test
  void theRulesSeeTheRealPackages() {
    assertTrue(
        classes.stream()
            .anyMatch(
                type ->
                    type.getPackageName().startsWith("org.handmademarket.web.api.")
                        && type.isAnnotatedWith(Path.class)),
        "resources found");
    assertTrue(
        classes.stream()
            .anyMatch(type -> type.getPackageName().startsWith("org.handmademarket.web.console.")),
        "console beans found");
    assertTrue(
        classes.stream()
            .anyMatch(
                type ->
                    type.getPackageName().startsWith("org.handmademarket.web.api.")
                        && type.getDirectDependenciesFromSelf().stream()
                            .anyMatch(
                                dependency ->
                                    dependency
                                        .getTargetClass()
                                        .getPackageName()
                                        .startsWith("org.handmademarket.catalog"))),
        "resources call the EJB module's services");
  }

  @Test
  void resourcesCallServicesNeverPersistence() {
    noClasses()
        .that()
        .resideInAPackage(RESOURCES)
        .should()
        .dependOnClassesThat(PERSISTENCE)
        .because("resources are thin: the EJB module's services read and write the data")
        .check(classes);
  }

  @Test
  void consoleBeansCallServicesNeverPersistence() {
    noClasses()
        .that()
        .resideInAPackage(CONSOLE)
        .should()
        .dependOnClassesThat(PERSISTENCE)
        .because("console beans talk to services that answer with records, not to entities")
        .check(classes);
  }
}
