package org.handmademarket.localstack.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Logos and banners for the demo shops, so that a shop page shows a brand rather than grey boxes: a
 * logo is the shop's initial on a coloured disc (one per letter and colour, {@code
 * demo/shops/logo-<letter>-<n>.jpg} with its {@code -thumb.jpg} grid copy), a banner is a soft
 * pattern ({@code demo/shops/banner-<nn>.jpg}, 1500 x 300, the 5:1 the shop page reserves). Shops
 * are given theirs by their name's initial and their id, so the files are shared by every catalogue
 * and painted once.
 */
final class ShopImages {

  static final String FOLDER = "demo/shops";
  static final int LOGO_SIZE = 400;
  static final int LOGO_THUMBNAIL_SIZE = 200;
  static final int BANNER_WIDTH = 1500;
  static final int BANNER_HEIGHT = 300;
  static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Deep, warm tones that white letters read well on. */
  static final List<Color> LOGO_COLOURS =
      Canvas.colours(0x7A4E3A, 0x3E5C4B, 0x2F4A66, 0x8A3B4E, 0x5B4A7A, 0x9A6A2F);

  /** Pairs of light tones for banner backgrounds and their patterns. */
  private static final List<int[]> BANNER_PALETTES =
      List.of(
          new int[] {0xF3E7D8, 0xD9B99B},
          new int[] {0xE3ECE2, 0x9DB59A},
          new int[] {0xE4EAF2, 0x9AAEC6},
          new int[] {0xF4E1E0, 0xD79D9A},
          new int[] {0xEEE7F3, 0xB3A1C9},
          new int[] {0xF6EDD3, 0xD8BE76});

  static final int BANNERS = 12;

  private ShopImages() {}

  static String logoKey(char letter, int variant) {
    return String.format(Locale.ROOT, "%s/logo-%c-%d.jpg", FOLDER, letter, variant);
  }

  static String logoThumbnailKey(char letter, int variant) {
    return String.format(Locale.ROOT, "%s/logo-%c-%d-thumb.jpg", FOLDER, letter, variant);
  }

  static String bannerKey(int variant) {
    return String.format(Locale.ROOT, "%s/banner-%02d.jpg", FOLDER, variant);
  }

  /**
   * Gives every shop generated after {@code ids} its logo (its name's first letter, a colour by its
   * id) and a banner by its id.
   *
   * @return how many shops were given images
   */
  static int assign(Connection connection, IdBase ids) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE shops SET logo_image = '"
                + FOLDER
                + "/logo-' || coalesce(nullif(upper(left(regexp_replace(name, '[^A-Za-z]', '', 'g'),"
                + " 1)), ''), 'H') || '-' || (id % "
                + LOGO_COLOURS.size()
                + " + 1) || '.jpg', banner_image = '"
                + FOLDER
                + "/banner-' || lpad((id % "
                + BANNERS
                + " + 1)::text, 2, '0') || '.jpg' WHERE id > ?")) {
      update.setLong(1, ids.shops());
      return update.executeUpdate();
    }
  }

  /**
   * Paints the logos and banners not yet under {@code root}.
   *
   * @return how many files were painted
   */
  static int paintMissing(Path root) throws IOException {
    DemoPhotos.ensureHeadless();
    Files.createDirectories(root.resolve(FOLDER));
    int painted = 0;
    for (char letter : LETTERS.toCharArray()) {
      for (int variant = 1; variant <= LOGO_COLOURS.size(); variant++) {
        Path full = root.resolve(logoKey(letter, variant));
        Path thumb = root.resolve(logoThumbnailKey(letter, variant));
        if (Files.exists(full) && Files.exists(thumb)) {
          continue;
        }
        BufferedImage logo = logo(letter, LOGO_COLOURS.get(variant - 1));
        DemoPhotos.writeJpeg(logo, full, 0.9f);
        DemoPhotos.writeJpeg(ImagePainter.thumbnail(logo, LOGO_THUMBNAIL_SIZE), thumb, 0.88f);
        painted += 2;
      }
    }
    for (int variant = 1; variant <= BANNERS; variant++) {
      Path banner = root.resolve(bannerKey(variant));
      if (!Files.exists(banner)) {
        DemoPhotos.writeJpeg(banner(variant), banner, 0.86f);
        painted++;
      }
    }
    return painted;
  }

  /** The initial in white on a disc of the colour, on a cream ground. */
  static BufferedImage logo(char letter, Color colour) {
    BufferedImage image = new BufferedImage(LOGO_SIZE, LOGO_SIZE, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = smooth(image);
    try {
      g.setColor(new Color(0xF7F3EC));
      g.fillRect(0, 0, LOGO_SIZE, LOGO_SIZE);
      g.setPaint(
          new GradientPaint(
              0, 0, Canvas.shade(colour, 1.15), LOGO_SIZE, LOGO_SIZE, Canvas.shade(colour, 0.85)));
      g.fill(new Ellipse2D.Double(24, 24, LOGO_SIZE - 48, LOGO_SIZE - 48));
      g.setColor(new Color(255, 255, 255, 90));
      g.setStroke(new BasicStroke(4));
      g.draw(new Ellipse2D.Double(44, 44, LOGO_SIZE - 88, LOGO_SIZE - 88));
      g.setColor(Color.WHITE);
      try {
        g.setFont(new Font(Font.SERIF, Font.BOLD, 200));
        FontMetrics metrics = g.getFontMetrics();
        String text = String.valueOf(letter);
        int x = (LOGO_SIZE - metrics.stringWidth(text)) / 2;
        int y = (LOGO_SIZE - metrics.getHeight()) / 2 + metrics.getAscent();
        g.drawString(text, x, y);
      } catch (RuntimeException | InternalError noFonts) {
        // A machine without fonts: the disc alone still reads as a logo.
        g.fill(new Ellipse2D.Double(LOGO_SIZE / 2.0 - 30, LOGO_SIZE / 2.0 - 30, 60, 60));
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** A gradient with one of four patterns: waves, dots, stripes or leaves. */
  static BufferedImage banner(int variant) {
    int[] palette = BANNER_PALETTES.get((variant - 1) % BANNER_PALETTES.size());
    Color ground = new Color(palette[0]);
    Color accent = new Color(palette[1]);
    BufferedImage image =
        new BufferedImage(BANNER_WIDTH, BANNER_HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = smooth(image);
    try {
      g.setPaint(
          new GradientPaint(0, 0, Canvas.shade(ground, 1.05), BANNER_WIDTH, BANNER_HEIGHT, ground));
      g.fillRect(0, 0, BANNER_WIDTH, BANNER_HEIGHT);
      Color soft = Canvas.alpha(accent, 110);
      switch ((variant - 1) / BANNER_PALETTES.size() % 2 == 0 ? variant % 4 : (variant + 2) % 4) {
        case 0 -> waves(g, soft);
        case 1 -> dots(g, soft);
        case 2 -> stripes(g, soft);
        default -> leaves(g, soft);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void waves(Graphics2D g, Color colour) {
    g.setColor(colour);
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int row = 0; row < 5; row++) {
      Path2D wave = new Path2D.Double();
      double y = 40 + row * 60;
      wave.moveTo(-20, y);
      for (int x = -20; x <= BANNER_WIDTH + 40; x += 120) {
        wave.quadTo(x + 30, y - 24, x + 60, y);
        wave.quadTo(x + 90, y + 24, x + 120, y);
      }
      g.draw(wave);
    }
  }

  private static void dots(Graphics2D g, Color colour) {
    g.setColor(colour);
    for (int row = 0; row < 7; row++) {
      for (int column = 0; column < 32; column++) {
        double x = column * 48 + (row % 2) * 24 + 12;
        double y = row * 46 + 16;
        double r = 6 + ((row * 7 + column * 3) % 5) * 2;
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
      }
    }
  }

  private static void stripes(Graphics2D g, Color colour) {
    g.setColor(colour);
    g.setStroke(new BasicStroke(26));
    for (int x = -BANNER_HEIGHT; x < BANNER_WIDTH + BANNER_HEIGHT; x += 90) {
      g.drawLine(x, BANNER_HEIGHT + 10, x + BANNER_HEIGHT, -10);
    }
  }

  private static void leaves(Graphics2D g, Color colour) {
    g.setColor(colour);
    for (int i = 0; i < 26; i++) {
      double x = 30 + i * 58;
      double y = 70 + (i * 37 % 5) * 40;
      Path2D leaf = new Path2D.Double();
      leaf.moveTo(x, y + 40);
      leaf.quadTo(x - 26, y, x, y - 40);
      leaf.quadTo(x + 26, y, x, y + 40);
      g.rotate(Math.toRadians((i * 29) % 60 - 30), x, y);
      g.fill(leaf);
      g.rotate(-Math.toRadians((i * 29) % 60 - 30), x, y);
    }
  }

  private static Graphics2D smooth(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }
}
