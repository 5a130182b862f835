package org.handmademarket.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the EJB module, checked on every build: features are top-level packages that own
 * their entities, the shared platform knows no feature, nothing here speaks HTTP or Faces, and only
 * search speaks to Elasticsearch.
 */
class ArchitectureTest {

  private static final String ROOT = "org.handmademarket";
  private static final String PLATFORM = ROOT + ".platform";

  private static JavaClasses classes;
  private static Set<String> features;

  @BeforeAll
  static void importModule() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    features = new TreeSet<>();
    for (JavaClass type : classes) {
      String relative = type.getPackageName().substring(ROOT.length());
      if (relative.startsWith(".") && !type.getPackageName().startsWith(PLATFORM)) {
        features.add(ROOT + "." + relative.substring(1).split("\\.")[0]);
      }
    }
  }

  @Test
  void theRulesSeeTheRealPackages() {
    for (String feature :
        List.of("catalog", "favorites", "feed", "reviews", "search", "shipping")) {
      assertTrue(features.contains(ROOT + "." + feature), () -> "features found: " + features);
    }
    assertTrue(
        classes.stream().anyMatch(type -> type.getPackageName().startsWith(PLATFORM)),
        "the platform package exists");
  }

  @Test
  void theDomainSpeaksNeitherHttpNorFaces() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
        .because("adapters live in the web module; services are called, they do not serve")
        .check(classes);
  }

  @Test
  void thePlatformKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(PLATFORM + "..")
        .should()
        .dependOnClassesThat(resideInAnyFeature())
        .because("features stand on the platform, never the other way round")
        .check(classes);
  }

  @Test
  void onlySearchSpeaksToElasticsearch() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".search..", PLATFORM + ".search..", PLATFORM + ".health..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("co.elastic.clients..")
        .because(
            "the index's alias, fields and queries are the search feature's; others ask its"
                + " services (the platform only makes the client and checks the node is up)")
        .check(classes);
  }

  @Test
  void aFeaturesEntitiesStayInsideIt() {
    for (String feature : features) {
      noClasses()
          .that()
          .resideOutsideOfPackage(feature + "..")
          .should()
          .dependOnClassesThat(areEntitiesOf(feature))
          .because("other features use a feature's services and records, not its entities")
          .check(classes);
    }
  }

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    SlicesRuleDefinition.slices()
        .matching(ROOT + ".(*)..")
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  @Test
  void onlyTheCacheLayerTalksToRedis() {
    String cache = PLATFORM + ".cache..";
    String[] redisClients = {
      "redis.clients..", "org.eclipse.jnosql.communication..", "org.eclipse.jnosql.databases.."
    };
    assertTrue(
        classes.stream()
            .filter(type -> type.getPackageName().startsWith(PLATFORM + ".cache"))
            .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
            .map(dependency -> dependency.getTargetClass().getPackageName())
            .anyMatch(name -> name.startsWith("redis.clients")),
        "the cache layer is where the Redis client is used");
    noClasses()
        .that()
        .resideOutsideOfPackage(cache)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(redisClients)
        .because(
            "features reach Redis through platform.cache (KeyValueCache, RedisCommands), which"
                + " applies one failure policy")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> resideInAnyFeature() {
    return DescribedPredicate.describe(
        "reside in a feature package",
        type -> features.stream().anyMatch(feature -> type.getPackageName().startsWith(feature)));
  }

  private static DescribedPredicate<JavaClass> areEntitiesOf(String feature) {
    return DescribedPredicate.describe(
        "are entities of " + feature,
        type -> type.isAnnotatedWith(Entity.class) && type.getPackageName().startsWith(feature));
  }
}
