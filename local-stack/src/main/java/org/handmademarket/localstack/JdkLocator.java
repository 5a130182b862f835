package org.handmademarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given feature version: the Elasticsearch node needs Java 21+ while the
 * rest of the build runs on 17. Looks at {@code SEARCH_JAVA_HOME}, {@code JAVA_HOME}, the running
 * JVM, then the usual install locations, and takes the newest match.
 */
public final class JdkLocator {

  static final String ENVIRONMENT_VARIABLE = "SEARCH_JAVA_HOME";

  private static final List<String> INSTALL_ROOTS =
      List.of(
          "/usr/lib/jvm",
          "/usr/java",
          "/opt/java",
          "/opt/jdk",
          "/Library/Java/JavaVirtualMachines",
          System.getProperty("user.home") + "/.sdkman/candidates/java",
          System.getProperty("user.home") + "/.jdks");

  private JdkLocator() {}

  /**
   * The {@code java} executable of a JDK of at least {@code minimumVersion}, if one is installed.
   */
  public static Optional<Path> findJava(int minimumVersion) {
    List<Path> candidates = new ArrayList<>();
    Stream.of(
            System.getenv(ENVIRONMENT_VARIABLE),
            System.getenv("JAVA_HOME"),
            System.getProperty("java.home"))
        .filter(home -> home != null && !home.isBlank())
        .map(Path::of)
        .forEach(candidates::add);
    for (String root : INSTALL_ROOTS) {
      candidates.addAll(childrenOf(Path.of(root)));
    }
    return candidates.stream()
        .map(JdkLocator::normalise)
        .filter(home -> featureVersion(home) >= minimumVersion)
        .max(Comparator.comparingInt(JdkLocator::featureVersion))
        .map(home -> home.resolve("bin").resolve("java"));
  }

  public static String missingJdkAdvice(int minimumVersion) {
    return "The local Elasticsearch node needs a JDK "
        + minimumVersion
        + " or newer, and none was found. Install one (for example Temurin 25, or the"
        + " openjdk-21-jdk package) or point "
        + ENVIRONMENT_VARIABLE
        + " at its home directory.";
  }

  private static List<Path> childrenOf(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children.toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** macOS bundles keep the JDK home under Contents/Home. */
  private static Path normalise(Path home) {
    Path macHome = home.resolve("Contents").resolve("Home");
    return Files.isDirectory(macHome) ? macHome : home;
  }

  /** The feature version from the JDK's {@code release} file, or 0 when it is not a usable JDK. */
  static int featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
      return 0;
    }
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(release)) {
      properties.load(reader);
    } catch (IOException e) {
      return 0;
    }
    String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
    String feature = version.startsWith("1.") ? version.substring(2) : version;
    try {
      return Integer.parseInt(feature.split("[.\\-+]")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
