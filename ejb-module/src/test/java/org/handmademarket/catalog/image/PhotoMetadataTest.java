package org.handmademarket.catalog.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** Originals lose what they tell about where and with what they were taken, and nothing else. */
class PhotoMetadataTest {

  private final ImageProcessor processor =
      new ImageProcessor(new ImageRules(200_000, 200, 4000, 4_000_000, 1_000_000, 480));

  @Test
  void aPhonePhotoLosesItsPositionSerialNumberXmpAndCommentButKeepsItsOrientation()
      throws IOException {
    // photo-with-gps.jpg: 640×480, EXIF with Make, Orientation 6, GPS latitude 48°51'29" N and a
    // body serial number, an XMP packet repeating both, and a comment naming a street.
    byte[] photo = resource("/images/photo-with-gps.jpg");
    assertNotNull(gpsOf(photo), "the fixture carries a position");

    byte[] stored = processor.process(photo).original();

    String text = new String(stored, StandardCharsets.ISO_8859_1);
    assertFalse(text.contains("SN-4815162342"), "the camera's serial number is gone");
    assertFalse(text.contains("PhoneMaker"));
    assertFalse(text.contains("xmpmeta"), "the XMP packet is gone");
    assertFalse(text.contains("Rue de la Paix"), "the comment is gone");
    assertNull(gpsOf(stored), "the GPS directory is gone");
    assertEquals(
        6, ((Number) exifOf(stored).getEntryById(TIFF.TAG_ORIENTATION).getValue()).intValue());
    assertEquals(640, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
    assertTrue(stored.length < photo.length);
  }

  @Test
  void aDamagedExifBlockIsDroppedRatherThanRefusingThePhoto() throws IOException {
    byte[] plain = ImageProcessorTest.picture(400, 300, "jpeg");
    byte[] exif =
        "Exif\0\0MM\0*\u007f\u00ff\u00ff\u00ffSN-4815162342".getBytes(StandardCharsets.ISO_8859_1);
    byte[] app1 = concat(new byte[] {(byte) 0xff, (byte) 0xe1, 0, (byte) (exif.length + 2)}, exif);
    int afterApp0 = 4 + ((plain[4] & 0xff) << 8 | (plain[5] & 0xff));
    byte[] damaged =
        concat(
            Arrays.copyOfRange(plain, 0, afterApp0),
            app1,
            Arrays.copyOfRange(plain, afterApp0, plain.length));

    assertArrayEquals(plain, processor.process(damaged).original());
  }

  @Test
  void aJpegWithoutMetadataIsStoredByteForByte() throws IOException {
    byte[] plain = ImageProcessorTest.picture(400, 300, "jpeg");

    assertArrayEquals(plain, processor.process(plain).original());
  }

  @Test
  void aPngLosesItsTextAndExifChunksAndAnythingAfterItsEnd() throws IOException {
    byte[] png = ImageProcessorTest.picture(300, 300, "png");
    byte[] tagged =
        concat(
            insertAfterHeader(
                png,
                concat(
                    pngChunk("tEXt", "Location\0Rue de la Paix"),
                    pngChunk("eXIf", "MM\0*SN-4815162342"))),
            "trailing SN-4815162342".getBytes(StandardCharsets.US_ASCII));

    byte[] stored = processor.process(tagged).original();

    assertArrayEquals(png, stored);
  }

  @Test
  void aWebpLosesItsExifAndXmpChunksAndTheirFlags() throws IOException {
    byte[] lossless = ImageBombs.losslessWebp(300, 300);
    byte[] vp8l = Arrays.copyOfRange(lossless, 12, lossless.length);
    byte[] exif = webpChunk("EXIF", "MM\0*SN-4815162342");
    byte[] xmp = webpChunk("XMP ", "<x:xmpmeta/>");
    byte[] vp8x = webpChunk("VP8X", new byte[] {0x0c, 0, 0, 0, 43, 1, 0, 43, 1, 0});
    byte[] tagged = riff(concat(vp8x, vp8l, exif, xmp));

    byte[] stored = processor.process(tagged).original();

    byte[] clearedVp8x = webpChunk("VP8X", new byte[] {0, 0, 0, 0, 43, 1, 0, 43, 1, 0});
    assertArrayEquals(riff(concat(clearedVp8x, vp8l)), stored);
    assertEquals(300, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
  }

  static Directory exifOf(byte[] jpeg) throws IOException {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, 0xffe1, "Exif");
      if (segments.isEmpty()) {
        return null;
      }
      InputStream data = segments.get(0).data();
      data.skip(1); // the identifier's second NUL
      return new TIFFReader().read(ImageIO.createImageInputStream(data));
    }
  }

  private static Object gpsOf(byte[] jpeg) throws IOException {
    Directory exif = exifOf(jpeg);
    return exif == null || exif.getEntryById(TIFF.TAG_GPS_IFD) == null
        ? null
        : exif.getEntryById(TIFF.TAG_GPS_IFD).getValue();
  }

  private byte[] resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] insertAfterHeader(byte[] png, byte[] chunks) {
    int afterIhdr = 8 + 12 + 13;
    return concat(
        Arrays.copyOfRange(png, 0, afterIhdr),
        chunks,
        Arrays.copyOfRange(png, afterIhdr, png.length));
  }

  private static byte[] pngChunk(String type, String data) {
    byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.US_ASCII));
    crc.update(bytes);
    return concat(
        ByteBuffer.allocate(4).putInt(bytes.length).array(),
        type.getBytes(StandardCharsets.US_ASCII),
        bytes,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] webpChunk(String type, String data) {
    return webpChunk(type, data.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] webpChunk(String type, byte[] data) {
    byte[] padding = new byte[data.length & 1];
    return concat(
        type.getBytes(StandardCharsets.US_ASCII),
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array(),
        data,
        padding);
  }

  private static byte[] riff(byte[] chunks) {
    return concat(
        "RIFF".getBytes(StandardCharsets.US_ASCII),
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(chunks.length + 4).array(),
        "WEBP".getBytes(StandardCharsets.US_ASCII),
        chunks);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
