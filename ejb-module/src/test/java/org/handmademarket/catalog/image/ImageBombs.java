package org.handmademarket.catalog.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small files that declare (and really contain) far more pixels than their size suggests, built
 * byte by byte as an attacker would: the JDK cannot write WebP, and drawing an 8000 × 8000 picture
 * to compress it would itself need the memory under test.
 */
final class ImageBombs {

  private ImageBombs() {}

  /**
   * A valid lossless WebP (VP8L) of one colour. Each of its five prefix codes has a single symbol,
   * which takes no bits to write, so the pixel data is empty: about 30 bytes whatever the size.
   */
  static byte[] losslessWebp(int width, int height) {
    BitWriter bits = new BitWriter();
    bits.write(0x2f, 8); // VP8L signature
    bits.write(width - 1, 14);
    bits.write(height - 1, 14);
    bits.write(0, 1); // alpha is not used
    bits.write(0, 3); // version 0
    bits.write(0, 1); // no transform
    bits.write(0, 1); // no colour cache
    bits.write(0, 1); // no meta prefix codes
    int[] singleSymbols = {0x80, 0xc0, 0x40, 0xff, 0}; // green, red, blue, alpha, distance
    for (int symbol : singleSymbols) {
      bits.write(1, 1); // simple code
      bits.write(0, 1); // one symbol
      bits.write(1, 1); // written in 8 bits
      bits.write(symbol, 8);
    }
    byte[] vp8l = bits.bytes();
    ByteArrayOutputStream riff = new ByteArrayOutputStream();
    riff.writeBytes(ascii("RIFF"));
    riff.writeBytes(le32(4 + 8 + vp8l.length + (vp8l.length & 1)));
    riff.writeBytes(ascii("WEBP"));
    riff.writeBytes(ascii("VP8L"));
    riff.writeBytes(le32(vp8l.length));
    riff.writeBytes(vp8l);
    if ((vp8l.length & 1) == 1) {
      riff.write(0);
    }
    return riff.toByteArray();
  }

  /**
   * A valid 8-bit RGB PNG of one colour: its rows are zeros, which deflate about a thousand to one
   * (8000 × 8000 is 192 MB of pixels in under 200 KB).
   */
  static byte[] png(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
    header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", header.array());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[1 + width * 3]; // filter type 0, then black pixels
    byte[] buffer = new byte[64 * 1024];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        idat.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A real JPEG whose frame header is changed to declare other dimensions. */
  static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
    byte[] bomb = jpeg.clone();
    for (int i = 2; i + 8 < bomb.length; i++) {
      if ((bomb[i] & 0xff) == 0xff && (bomb[i + 1] & 0xff) == 0xc0) {
        bomb[i + 5] = (byte) (height >> 8);
        bomb[i + 6] = (byte) height;
        bomb[i + 7] = (byte) (width >> 8);
        bomb[i + 8] = (byte) width;
        return bomb;
      }
    }
    throw new IllegalArgumentException("no baseline frame header");
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(ascii(type));
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] le32(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Writes bits least significant first, as VP8L reads them. */
  private static final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    void write(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
    }

    byte[] bytes() {
      if (used > 0) {
        out.write(current);
      }
      return out.toByteArray();
    }
  }
}
