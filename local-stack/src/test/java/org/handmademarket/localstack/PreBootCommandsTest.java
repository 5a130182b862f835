package org.handmademarket.localstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production's pre-boot commands are tested through the local stack's, which the tests run: every
 * production command must be among them.
 */
class PreBootCommandsTest {

  @TempDir Path directory;

  @Test
  void theLocalPreBootCommandsIncludeEveryProductionCommand() throws IOException {
    List<String> production = commands("payara/pre-boot-commands.asadmin");
    List<String> local = commands("payara/local-pre-boot-commands.asadmin");

    assertFalse(production.isEmpty());
    for (String command : production) {
      assertTrue(local.contains(command), () -> "missing from the local commands: " + command);
    }
  }

  private List<String> commands(String resource) throws IOException {
    return Files.readAllLines(ConfigFiles.extract(resource, directory)).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
