package org.handmademarket.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies files of the config module from the classpath to where a child process can read them. */
final class ConfigFiles {

  private ConfigFiles() {}

  static Path extract(String resource, Path directory) throws IOException {
    Path target = directory.resolve(Path.of(resource).getFileName());
    try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Missing configuration file on the classpath: " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
