package org.handmademarket.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Passwords that attackers try first: the 437,651 common and breached passwords of SecLists, as the
 * build fetches them (ejb-module/pom.xml). Compared without regard to case, so that "Dragon" is as
 * refused as "dragon".
 *
 * <p>Held as a sorted array of 64-bit hashes (3.5 MB) rather than a set of strings (about ten times
 * more). Two different passwords sharing a hash would refuse a good password by chance, about once
 * in 40 trillion tries: a price worth the memory.
 */
final class CommonPasswords {

  private static final String LIST = "common-passwords.txt.gz";

  private CommonPasswords() {}

  /** Loaded on first use, once; a build without the list fails here rather than accept anything. */
  private static final class Loaded {
    static final long[] HASHES = load();
  }

  static boolean contains(String password) {
    return Arrays.binarySearch(Loaded.HASHES, hash(password)) >= 0;
  }

  static int size() {
    return Loaded.HASHES.length;
  }

  private static long[] load() {
    InputStream resource = CommonPasswords.class.getResourceAsStream(LIST);
    if (resource == null) {
      throw new IllegalStateException(LIST + " is missing: build ejb-module to fetch it");
    }
    long[] hashes = new long[500_000];
    int count = 0;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(hashes, 0, count).sorted().distinct().toArray();
  }

  /** FNV-1a over the lower-cased UTF-8 bytes. */
  private static long hash(String password) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
