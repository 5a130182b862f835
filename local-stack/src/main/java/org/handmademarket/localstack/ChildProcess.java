package org.handmademarket.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server running in a child process: its output goes to a log file, readiness is an HTTP URL that
 * answers 200, and stopping ends the whole process tree. The child's standard input stays an open
 * pipe, so a child that watches it (the search node) exits when we die, whatever the cause.
 */
final class ChildProcess {

  private static final HttpClient HTTP =
      // HTTP/1.1: the default asks every probe to upgrade to h2c, which a server still starting
      // may leave hanging.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static final int LOG_TAIL_LINES = 40;

  private final String name;
  private final Path logFile;
  private Process process;

  ChildProcess(String name, Path logFile) {
    this.name = name;
    this.logFile = logFile;
  }

  synchronized void start(List<String> command, Path workingDirectory) throws IOException {
    Files.createDirectories(logFile.getParent());
    process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
  }

  /**
   * Refuses at once to start a server on a port another process holds: its readiness probe would
   * otherwise be answered by that process, or time out minutes later.
   */
  static void requireFreePort(String server, int port) throws IOException {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException taken) {
      throw new IOException(
          server + " cannot listen on 127.0.0.1:" + port + ": another process holds the port",
          taken);
    }
  }

  /** Waits until {@code url} answers 200, failing early if the process dies. */
  void awaitReady(URI url, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest probe = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
    String lastAnswer = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            name + " exited with code " + process.exitValue() + "; see " + logFile + logTail());
      }
      try {
        HttpResponse<String> answer = HTTP.send(probe, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        lastAnswer = answer.statusCode() + " " + answer.body();
      } catch (IOException notYetListening) {
        lastAnswer = notYetListening.toString();
      }
      Thread.sleep(250);
    }
    throw new NotReadyException(
        name
            + " was not ready within "
            + timeout.toSeconds()
            + " s; "
            + url
            + " last answered: "
            + lastAnswer
            + "; see "
            + logFile
            + threadDump()
            + logTail());
  }

  /** A server that is still running but never became ready. */
  static final class NotReadyException extends IOException {
    NotReadyException(String message) {
      super(message);
    }
  }

  /**
   * Where a hung start stands: the child's threads, written beside its log with the JDK's {@code
   * jcmd}, when the child is a Java process.
   */
  private String threadDump() {
    Path dump = logFile.resolveSibling(logFile.getFileName() + ".threads.txt");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return "";
    }
    try {
      Process dumping =
          new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(dump.toFile())
              .start();
      if (!dumping.waitFor(30, TimeUnit.SECONDS)) {
        dumping.destroyForcibly();
      }
      return "; its threads are in " + dump;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /**
   * The end of the log, for a failure message: a test run on a clean machine keeps its output but
   * not always its files.
   */
  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile);
      return "\n--- last lines of "
          + logFile.getFileName()
          + " ---\n"
          + String.join(
              "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      return "";
    }
  }

  synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Asks the process tree to stop (SIGTERM), then forces it after a grace period. */
  synchronized void stop(Duration grace) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        java.util.stream.Stream.concat(
                process.descendants(), java.util.stream.Stream.of(process.toHandle()))
            .toList();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    } finally {
      process = null;
    }
  }

  /** Ends the process tree at once (SIGKILL), as a crash or the OOM killer would. */
  synchronized void kill() {
    if (process == null) {
      return;
    }
    java.util.stream.Stream.concat(
            process.descendants(), java.util.stream.Stream.of(process.toHandle()))
        .forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      process = null;
    }
  }

  Path logFile() {
    return logFile;
  }
}
