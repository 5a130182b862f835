package org.handmademarket.catalog.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Decompression bombs of every accepted format, under the production defaults: refused before their
 * pixels are allocated. Memory is measured as the bytes the processing thread allocates, which
 * bounds what it can have held at any moment.
 */
class ImageBombTest {

  private static final long MB = 1024 * 1024;

  private final ImageProcessor processor =
      new ImageProcessor(new ImageRules(10 * MB, 200, 8000, 40_000_000, 16_777_216, 480));

  @Test
  void aLosslessWebpOfSixtyFourMegapixelsInAFewBytesIsRefusedUnread() {
    byte[] bomb = ImageBombs.losslessWebp(8000, 8000);
    assertTrue(bomb.length < 100, "the bomb is " + bomb.length + " bytes");

    assertRefusedCheaply(bomb, 16_777_216L);
  }

  @Test
  void aWebpOverItsOwnLowerLimitIsRefusedAlthoughOtherFormatsMayBeThatLarge() {
    // 25 megapixels: allowed for JPEG and PNG, but the WebP decoder would hold 100 MB for it.
    assertRefusedCheaply(ImageBombs.losslessWebp(5000, 5000), 16_777_216L);
  }

  @Test
  void thoseWebpFilesAreRealImagesThatDecode() throws IOException {
    // The generator makes what a decoder takes, so the refusals above are about size alone.
    ProcessedImage image = processor.process(ImageBombs.losslessWebp(600, 400));

    assertEquals(ImageFormat.WEBP, image.format());
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(image.thumbnail()));
    assertEquals(480, thumbnail.getWidth());
    int rgb = thumbnail.getRGB(10, 10);
    assertEquals(0xc0, (rgb >> 16) & 0xff, 4);
    assertEquals(0x80, (rgb >> 8) & 0xff, 4);
  }

  @Test
  void aPngWhoseHeaderDeclaresSixtyFourMegapixelsIsRefusedUnread() {
    byte[] bomb = ImageBombs.png(8000, 8000);
    assertTrue(bomb.length < 400_000, "the bomb is " + bomb.length + " bytes");

    assertRefusedCheaply(bomb, 40_000_000L);
  }

  @Test
  void aJpegWhoseHeaderDeclaresSixtyFourMegapixelsIsRefusedUnread() throws IOException {
    byte[] bomb =
        ImageBombs.jpegDeclaring(ImageProcessorTest.picture(800, 600, "jpeg"), 8000, 8000);

    assertRefusedCheaply(bomb, 40_000_000L);
  }

  @Test
  void aLargePngWithinTheLimitsIsDecodedARowAtATime() {
    // 36 megapixels would be 108 MB as a full RGB raster; subsampling keeps only what the grid
    // copy needs.
    byte[] png = ImageBombs.png(6000, 6000);

    long allocated = allocatedBy(() -> processor.process(png));

    assertTrue(allocated < 40 * MB, "decoding allocated " + allocated / MB + " MB");
  }

  @Test
  void imageWorkBeyondTheConcurrencyLimitIsRefusedWith503AndRetryAfter() throws Exception {
    ImageWorkLimit limit = new ImageWorkLimit(1, Duration.ofMillis(100));
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<String> first =
          other.submit(
              () ->
                  limit.run(
                      () -> {
                        working.countDown();
                        await(release);
                        return "done";
                      }));
      assertTrue(working.await(5, TimeUnit.SECONDS));

      MarketplaceException busy =
          assertThrows(MarketplaceException.class, () -> limit.run(() -> "second"));

      assertEquals(ProblemType.SERVICE_UNAVAILABLE, busy.type());
      assertTrue(busy.retryAfter().isPresent());
      release.countDown();
      assertEquals("done", first.get(5, TimeUnit.SECONDS));
      assertEquals("third", limit.run(() -> "third"), "the slot is given back");
    } finally {
      release.countDown();
      other.shutdownNow();
    }
  }

  private void assertRefusedCheaply(byte[] bomb, long maxPixels) {
    MarketplaceException[] refusal = new MarketplaceException[1];
    long allocated =
        allocatedBy(
            () ->
                refusal[0] =
                    assertThrows(MarketplaceException.class, () -> processor.process(bomb)));

    assertEquals(ProblemType.INVALID_IMAGE, refusal[0].type(), refusal[0].getMessage());
    assertEquals(maxPixels, refusal[0].details().get("maxPixels"), refusal[0].getMessage());
    assertTrue(allocated < 8 * MB, "refusing allocated " + allocated / MB + " MB");
  }

  private static long allocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
