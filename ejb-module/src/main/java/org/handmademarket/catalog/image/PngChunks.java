package org.handmademarket.catalog.image;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Checks the CRC of every chunk of a PNG up to its end. Java's PNG decoder does not: a file whose
 * header or data was damaged in transit (or made by hand) decodes, and would then be stored and
 * served as sent.
 */
final class PngChunks {

  private static final int SIGNATURE_LENGTH = 8;
  private static final int LENGTH_AND_TYPE = 8;
  private static final int CRC_LENGTH = 4;
  private static final int END_CHUNK = 0x49454e44; // "IEND"

  private PngChunks() {}

  /**
   * Whether every chunk from the signature to {@code IEND} is complete and matches its CRC (the
   * signature itself is checked by {@link ImageFormat#sniff}).
   */
  static boolean checksumsMatch(byte[] png) {
    ByteBuffer content = ByteBuffer.wrap(png);
    int offset = SIGNATURE_LENGTH;
    while (png.length - offset >= LENGTH_AND_TYPE + CRC_LENGTH) {
      long length = Integer.toUnsignedLong(content.getInt(offset));
      if (length > png.length - offset - LENGTH_AND_TYPE - CRC_LENGTH) {
        return false;
      }
      int type = content.getInt(offset + 4);
      CRC32 crc = new CRC32();
      crc.update(png, offset + 4, 4 + (int) length);
      int stored = content.getInt(offset + LENGTH_AND_TYPE + (int) length);
      if ((int) crc.getValue() != stored) {
        return false;
      }
      if (type == END_CHUNK) {
        return true;
      }
      offset += LENGTH_AND_TYPE + (int) length + CRC_LENGTH;
    }
    return false;
  }
}
