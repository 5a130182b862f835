package org.handmademarket.it.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * CPU profiles of the server under test, one per benchmark phase, taken with async-profiler loaded
 * into the running Payara Micro through the JDK's {@code jcmd JVMTI.agent_load}: the profile covers
 * the phase only, not the server's start-up. Each phase leaves an interactive flame graph ({@code
 * <phase>.html}), the methods with the most samples of their own ({@code <phase>-flat.txt}) and
 * every sampled stack with its count ({@code <phase>.collapsed}), to sum up by frame.
 *
 * <p>Off unless the run asks for it ({@code -Dbenchmark.profile=true}): a profiled run measures a
 * slower server and is for reading, not for the numbers.
 */
final class ServerProfiler {

  private static final String LIBRARY = "linux-x64/libasyncProfiler.so";

  private final long pid;
  private final Path library;
  private final Path directory;

  private ServerProfiler(long pid, Path library, Path directory) {
    this.pid = pid;
    this.library = library;
    this.directory = directory;
  }

  /** A profiler for the Payara Micro listening on {@code port}, when profiling was asked for. */
  static Optional<ServerProfiler> ifRequested(int port) throws IOException {
    if (!Boolean.getBoolean("benchmark.profile")) {
      return Optional.empty();
    }
    Path directory =
        Path.of(System.getProperty("project.build.directory", "target"), "benchmark-profiles");
    Files.createDirectories(directory);
    Path library = directory.resolve("libasyncProfiler.so");
    try (InputStream packaged =
        ServerProfiler.class.getClassLoader().getResourceAsStream(LIBRARY)) {
      if (packaged == null) {
        throw new IllegalStateException(LIBRARY + " is not on the test class path");
      }
      Files.copy(packaged, library, StandardCopyOption.REPLACE_EXISTING);
    }
    return Optional.of(new ServerProfiler(serverPid(port), library, directory));
  }

  /** The Payara Micro child of this JVM that was started with {@code --port port}. */
  private static long serverPid(int port) {
    return ProcessHandle.current()
        .descendants()
        .filter(
            process -> {
              List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
              int at = arguments.indexOf("--port");
              return arguments.stream().anyMatch(argument -> argument.contains("payara-micro"))
                  && at >= 0
                  && at + 1 < arguments.size()
                  && arguments.get(at + 1).equals(String.valueOf(port));
            })
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Payara Micro child on port " + port))
        .pid();
  }

  /** Starts sampling CPU (every millisecond of CPU time, Java and native frames). */
  void start() throws IOException, InterruptedException {
    agent("start,event=cpu,interval=1ms");
  }

  /** Ends sampling and writes the phase's flame graph and flat profile. */
  void stop(String phase) throws IOException, InterruptedException {
    agent("dump,flat=40,file=" + directory.resolve(phase + "-flat.txt"));
    agent("dump,collapsed,file=" + directory.resolve(phase + ".collapsed"));
    agent("stop,file=" + directory.resolve(phase + ".html"));
    System.out.println("BENCH profile of " + phase + ": " + directory.resolve(phase + ".html"));
  }

  private void agent(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(
                jcmd.toString(),
                String.valueOf(pid),
                "JVMTI.agent_load",
                library.toAbsolutePath().toString(),
                // Quoted: jcmd would read "event=cpu" as an argument of its own.
                '"' + command + '"')
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // jcmd exits 0 whatever the agent answers; the agent says [ERROR] when it refuses.
    if (!process.waitFor(60, TimeUnit.SECONDS)
        || process.exitValue() != 0
        || output.contains("[ERROR]")) {
      throw new IOException("async-profiler refused '" + command + "': " + output);
    }
  }
}
