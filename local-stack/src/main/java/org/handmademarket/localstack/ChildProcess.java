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
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            name + " exited with code " + process.exitValue() + "; see " + logFile);
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // Still starting.
      }
      Thread.sleep(250);
    }
    throw new IOException(
        name + " was not ready within " + timeout.toSeconds() + " s; see " + logFile);
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
