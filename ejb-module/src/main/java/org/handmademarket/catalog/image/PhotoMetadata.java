package org.handmademarket.catalog.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a photo says about where and with what it was taken (EXIF with GPS position and
 * camera serial, XMP, IPTC, comments, text chunks) before the original is stored and served to
 * anyone. Works on the file's segments and chunks, never on its pixels: re-encoding would decode
 * the whole image (the memory {@link ImageProcessor} avoids) and lose quality. What a viewer needs
 * to show the picture right stays: colour profiles, transparency, gamma, JFIF/Adobe colour markers
 * and a JPEG's orientation (rewritten as an EXIF block holding nothing else).
 *
 * <p>The input has already been decoded successfully; a structure that still does not add up raises
 * {@link IllegalArgumentException}, which the processor answers as a corrupt image.
 */
final class PhotoMetadata {

  private static final int ORIENTATION_TAG = 0x0112;
  private static final int SHORT_TYPE = 3;

  /** PNG chunks that affect how the pixels look; everything else (tEXt, eXIf, tIME...) goes. */
  private static final Set<String> PNG_KEPT =
      Set.of(
          "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP",
          "bKGD", "pHYs");

  /** WebP chunks of the picture itself; EXIF, XMP and unknown chunks go. */
  private static final Set<String> WEBP_KEPT =
      Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ICCP", "ANIM", "ANMF");

  private static final int VP8X_EXIF_FLAG = 0x08;
  private static final int VP8X_XMP_FLAG = 0x04;

  private PhotoMetadata() {}

  static byte[] strip(ImageFormat format, byte[] content) {
    try {
      return switch (format) {
        case JPEG -> jpeg(content);
        case PNG -> png(content);
        case WEBP -> webp(content);
      };
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("the file's structure runs past its end", e);
    }
  }

  private static byte[] jpeg(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2); // SOI
    int pos = 2;
    while (pos < in.length) {
      if ((in[pos] & 0xff) != 0xff) {
        throw new IllegalArgumentException("no JPEG marker at " + pos);
      }
      int marker = in[pos + 1] & 0xff;
      if (marker == 0xff) {
        pos++; // fill byte
        continue;
      }
      if (marker == 0xd9) { // EOI: anything after it is not part of the image
        out.write(in, pos, 2);
        return out.toByteArray();
      }
      int length = u16(in, pos + 2);
      int end = pos + 2 + length;
      if (length < 2 || end > in.length) {
        throw new IllegalArgumentException("a JPEG segment runs past the end");
      }
      if (marker == 0xda) { // SOS: the header, then entropy-coded data up to the next marker
        int next = endOfScan(in, end);
        out.write(in, pos, next - pos);
        pos = next;
        continue;
      }
      byte[] kept = keptSegment(marker, in, pos + 4, end);
      if (kept != null) {
        out.write(0xff);
        out.write(marker);
        out.write((kept.length + 2) >> 8);
        out.write((kept.length + 2) & 0xff);
        out.write(kept, 0, kept.length);
      }
      pos = end;
    }
    throw new IllegalArgumentException("the JPEG has no end marker");
  }

  /** The payload to keep for a segment (unchanged or rewritten), or null to drop it. */
  private static byte[] keptSegment(int marker, byte[] in, int from, int to) {
    byte[] payload = Arrays.copyOfRange(in, from, to);
    boolean application = marker >= 0xe0 && marker <= 0xef;
    if (marker == 0xfe) {
      return null; // comment
    }
    if (!application) {
      return payload; // tables, frame headers, restart intervals: the picture itself
    }
    if (marker == 0xe0 && (startsWith(payload, "JFIF\0") || startsWith(payload, "JFXX\0"))) {
      return payload;
    }
    if (marker == 0xe2 && startsWith(payload, "ICC_PROFILE\0")) {
      return payload;
    }
    if (marker == 0xee && startsWith(payload, "Adobe")) {
      return payload; // tells the decoder how the colour channels are transformed
    }
    if (marker == 0xe1 && startsWith(payload, "Exif\0\0")) {
      int orientation = orientation(payload, 6);
      return orientation > 1 && orientation <= 8 ? orientationOnlyExif(orientation) : null;
    }
    return null; // XMP, IPTC (APP13), maker notes and any other application data
  }

  /** Entropy-coded data ends at the first marker that is neither stuffing (FF00) nor a restart. */
  private static int endOfScan(byte[] in, int pos) {
    for (int i = pos; i + 1 < in.length; i++) {
      if ((in[i] & 0xff) == 0xff) {
        int next = in[i + 1] & 0xff;
        if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("a JPEG scan runs past the end");
  }

  /**
   * The Orientation tag of IFD0 in a TIFF structure starting at {@code tiff}, or 0: also for a
   * damaged EXIF block, which is then simply dropped (it does not make the picture unusable).
   */
  private static int orientation(byte[] exif, int tiff) {
    try {
      return orientationTag(exif, tiff);
    } catch (IndexOutOfBoundsException damaged) {
      return 0;
    }
  }

  private static int orientationTag(byte[] exif, int tiff) {
    boolean little = exif[tiff] == 'I';
    int ifd = tiff + (int) u32(exif, tiff + 4, little);
    int entries = u16(exif, ifd, little);
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + 12 * i;
      if (u16(exif, entry, little) == ORIENTATION_TAG
          && u16(exif, entry + 2, little) == SHORT_TYPE) {
        return u16(exif, entry + 8, little);
      }
    }
    return 0;
  }

  /** An EXIF block with one IFD holding one tag: Orientation. */
  private static byte[] orientationOnlyExif(int orientation) {
    return new byte[] {
      'E',
      'x',
      'i',
      'f',
      0,
      0, // identifier
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // big-endian TIFF header, IFD0 at 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      SHORT_TYPE,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0,
      0,
      0,
      0,
      0 // no next IFD
    };
  }

  private static byte[] png(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8); // signature
    int pos = 8;
    while (pos < in.length) {
      long length = u32(in, pos, false);
      String type = new String(in, pos + 4, 4, StandardCharsets.US_ASCII);
      long end = pos + 12 + length; // length, type, data, CRC
      if (end > in.length) {
        throw new IllegalArgumentException("a PNG chunk runs past the end");
      }
      if (PNG_KEPT.contains(type)) {
        out.write(in, pos, (int) (end - pos));
      }
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
      pos = (int) end;
    }
    throw new IllegalArgumentException("the PNG has no IEND chunk");
  }

  private static byte[] webp(byte[] in) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream(in.length);
    long riffEnd = Math.min(in.length, 8 + u32(in, 4, true));
    int pos = 12; // "RIFF", size, "WEBP"
    while (pos + 8 <= riffEnd) {
      String type = new String(in, pos, 4, StandardCharsets.US_ASCII);
      long size = u32(in, pos + 4, true);
      long end = pos + 8 + size + (size & 1); // chunks are padded to an even length
      if (pos + 8 + size > riffEnd) {
        throw new IllegalArgumentException("a WebP chunk runs past the end");
      }
      if (WEBP_KEPT.contains(type)) {
        byte[] chunk = Arrays.copyOfRange(in, pos, pos + 8 + (int) size);
        if (type.equals("VP8X")) {
          chunk[8] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG); // the chunks they announce are gone
        }
        chunks.writeBytes(chunk);
        if (size % 2 == 1) {
          chunks.write(0);
        }
      }
      pos = (int) end;
    }
    byte[] body = chunks.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
    out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
    int riffSize = body.length + 4;
    out.writeBytes(
        new byte[] {
          (byte) riffSize, (byte) (riffSize >> 8), (byte) (riffSize >> 16), (byte) (riffSize >> 24)
        });
    out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] payload, String prefix) {
    byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
    return payload.length >= bytes.length
        && Arrays.equals(payload, 0, bytes.length, bytes, 0, bytes.length);
  }

  private static int u16(byte[] in, int pos) {
    return u16(in, pos, false);
  }

  private static int u16(byte[] in, int pos, boolean little) {
    int a = in[pos] & 0xff;
    int b = in[pos + 1] & 0xff;
    return little ? b << 8 | a : a << 8 | b;
  }

  private static long u32(byte[] in, int pos, boolean little) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      int shift = little ? 8 * i : 8 * (3 - i);
      value |= (long) (in[pos + i] & 0xff) << shift;
    }
    return value;
  }
}
