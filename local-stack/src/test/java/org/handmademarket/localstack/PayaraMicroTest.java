package org.handmademarket.localstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroTest {

  @TempDir Path workDirectory;

  @Test
  void anInstanceWhosePortIsTakenIsRefusedAtOnceWithoutStartingAnything() throws IOException {
    try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      PayaraMicro instance =
          new PayaraMicro(
              workDirectory.resolve("payara-micro.jar"),
              workDirectory.resolve("marketplace.war"),
              other.getLocalPort(),
              workDirectory.resolve("instance"),
              Map.of());

      IOException refusal = assertThrows(IOException.class, instance::start);

      assertTrue(
          refusal.getMessage().contains("127.0.0.1:" + other.getLocalPort()), refusal.getMessage());
      assertFalse(Files.exists(workDirectory.resolve("instance")), "nothing was written");
    }
  }
}
