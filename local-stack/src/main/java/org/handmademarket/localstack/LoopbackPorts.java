package org.handmademarket.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test run starts on the loopback interface. They are chosen below the kernel's
 * ephemeral range: a port inside it can be taken by any outgoing connection between the probe and
 * the server's start, and the server then fails to bind (or, like Payara, boots without its
 * listener).
 */
public final class LoopbackPorts {

  private static final int LOWEST = 10_000;
  private static final int ATTEMPTS = 200;

  /** Ports handed out by this process, so that two servers of one run never get the same one. */
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private LoopbackPorts() {}

  /** A port free right now and not handed out before by this process. */
  public static synchronized int free() {
    return freeBase(1, 0);
  }

  /**
   * A multiple of {@code step} such that the base plus each offset is free right now, for servers
   * that derive all their ports from one base.
   */
  public static synchronized int freeBase(int step, int... offsets) {
    int highestOffset = 0;
    for (int offset : offsets) {
      highestOffset = Math.max(highestOffset, offset);
    }
    int highestBase = (firstEphemeralPort() - highestOffset - 1) / step;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int base = step * ThreadLocalRandom.current().nextInt(LOWEST / step, highestBase + 1);
      if (allFree(base, offsets)) {
        for (int offset : offsets) {
          HANDED_OUT.add(base + offset);
        }
        return base;
      }
    }
    throw new IllegalStateException(
        "No free port below " + firstEphemeralPort() + " after " + ATTEMPTS + " attempts");
  }

  private static int firstEphemeralPort() {
    try {
      // Read by lines: procfs reports a size of 0, and readString then returns only the first byte.
      String range =
          Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
      return Integer.parseInt(range.split("\\s+")[0]);
    } catch (IOException | RuntimeException notLinux) {
      return 32_768;
    }
  }

  private static boolean allFree(int base, int... offsets) {
    for (int offset : offsets) {
      int port = base + offset;
      if (HANDED_OUT.contains(port)) {
        return false;
      }
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        probe.getLocalPort();
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }
}
