package org.handmademarket.catalog.image;

import static org.handmademarket.catalog.image.ImageProcessorTest.picture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

class PngChunksTest {

  /** Where the header chunk's CRC sits: signature (8), length and type (8), IHDR's 13 bytes. */
  private static final int HEADER_CRC = 29;

  private final ImageProcessor processor =
      new ImageProcessor(new ImageRules(5_000_000, 200, 4000, 40_000_000, 16_000_000, 400));

  @Test
  void aWellFormedPngPasses() throws IOException {
    assertTrue(PngChunks.checksumsMatch(picture(300, 300, "png")));
  }

  @Test
  void aPngWhoseHeaderChecksumIsWrongIsRefusedThoughJavaWouldDecodeIt() throws IOException {
    byte[] png = picture(300, 300, "png");
    png[HEADER_CRC] ^= 0x01;
    assertEquals(300, ImageIO.read(new ByteArrayInputStream(png)).getWidth(), "Java decodes it");

    assertFalse(PngChunks.checksumsMatch(png));
    MarketplaceException refusal =
        assertThrows(MarketplaceException.class, () -> processor.process(png));
    assertEquals(ProblemType.INVALID_IMAGE, refusal.type());
  }

  @Test
  void aChangedByteInsideAChunkBreaksItsChecksum() throws IOException {
    byte[] png = picture(300, 300, "png");
    byte[] damaged = png.clone();
    damaged[HEADER_CRC + 12] ^= 0x40; // inside the chunk after the header
    assertFalse(PngChunks.checksumsMatch(damaged));
    assertArrayEquals(png, picture(300, 300, "png"), "the fixture is deterministic");
  }

  @Test
  void aPngCutShortOrWithoutItsEndIsRefused() throws IOException {
    byte[] png = picture(300, 300, "png");
    assertFalse(PngChunks.checksumsMatch(Arrays.copyOf(png, png.length - 6)));
    assertFalse(PngChunks.checksumsMatch(Arrays.copyOf(png, HEADER_CRC + 4)));
    byte[] hugeLength = png.clone();
    hugeLength[8] = (byte) 0xff;
    assertFalse(PngChunks.checksumsMatch(hugeLength), "a length past the end of the file");
  }
}
