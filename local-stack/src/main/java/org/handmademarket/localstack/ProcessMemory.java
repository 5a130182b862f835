package org.handmademarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Resident memory of this process and everything it started, read from /proc where there is one.
 */
final class ProcessMemory {

  private ProcessMemory() {}

  static String describeTree() {
    ProcessHandle self = ProcessHandle.current();
    long kilobytes =
        Stream.concat(Stream.of(self), self.descendants())
            .mapToLong(ProcessMemory::residentKilobytes)
            .sum();
    return kilobytes == 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
  }

  private static long residentKilobytes(ProcessHandle process) {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    try (Stream<String> lines = Files.lines(status)) {
      return lines
          .filter(line -> line.startsWith("VmRSS:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
