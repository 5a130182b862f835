package org.handmademarket.localstack.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints the demo product photos: a small still life per kind of item (the object on a table, a
 * wall, a floor or seen from above, with a soft backdrop, side light, a shadow and the odd prop),
 * drawn with java.awt in headless mode so that the demo needs no downloads and no licences for
 * photos.
 *
 * <p>Photos depend only on the kind and the variant number, not on the catalogue seed: they are
 * files shared by every catalogue, painted once and then found on disk.
 */
final class ImagePainter {

  private static final long PAINTER_SEED = 0x5EEDF0705L;

  /** Where the object stands, and how the backdrop is laid out. */
  enum Setting {
    /** Seen from above, lying on a surface that fills the frame. */
    FLAT_LAY,
    /** On a table in front of a wall. */
    TABLE,
    /** On the floor of a room. */
    ROOM,
    /** Hanging on a wall. */
    WALL
  }

  /** The scene the object goes into: where its ground line is and which way it is seen. */
  record Scene(Setting setting, double centerX, double groundY) {}

  private static final List<Color> WALLS =
      Canvas.colours(
          0xF3EEE7, 0xEDE3D6, 0xDDE5DA, 0xF2DED7, 0xDCE4EC, 0xE9DEC9, 0xE7E6E2, 0xF3EACD, 0xE6DEEA,
          0xD9D4CC);

  private static final List<Color> TABLES =
      Canvas.colours(
          0xD7B88F, 0x8D6B4F, 0xEDECE8, 0xE2D7C6, 0xBFBBB3, 0xC69C72, 0xA9B3A2, 0x6F767B);

  private static final List<Color> FLAT_SURFACES =
      Canvas.colours(
          0xEAE2D5, 0xF1F0EC, 0xCBAA7F, 0xEBD8D1, 0xCDD6C4, 0x646C71, 0xD0AC85, 0xE4E8EC, 0x2F3437);

  private static final List<Color> FLOORS =
      Canvas.colours(0xB88D62, 0x9C7352, 0xD3C2A7, 0x8E8479, 0xC9B59A);

  private static final List<Color> LEAVES = Canvas.colours(0x6F8F68, 0x7E9C86, 0x55734F, 0x93A98A);

  /**
   * Paints into a 3-byte BGR image: the layout the JPEG encoder takes as it is, where an int RGB
   * image would be converted pixel by pixel first (which cost as much as the painting).
   */
  BufferedImage paint(ItemKind kind, int variant) {
    BufferedImage image =
        new BufferedImage((int) Canvas.SIZE, (int) Canvas.SIZE, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      Canvas canvas =
          new Canvas(
              g,
              Dice.of(PAINTER_SEED, kind.slug(), variant),
              MetalTone.paints(kind.motif()) ? MetalTone.ofVariant(variant) : null);
      Scene scene = backdrop(canvas, settingOf(kind.motif()));
      props(canvas, scene);
      Motifs.draw(kind.motif(), canvas, scene);
      vignette(canvas);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * A grid-size copy, scaled smoothly in one step (exactly half the size, so bilinear is clean).
   */
  static BufferedImage thumbnail(BufferedImage full, int size) {
    BufferedImage thumb = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = thumb.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(full, 0, 0, size, size, null);
    } finally {
      g.dispose();
    }
    return thumb;
  }

  static Setting settingOf(Motif motif) {
    return switch (motif) {
      case NECKLACE,
          EARRINGS,
          BRACELET,
          BROOCH,
          WALLET,
          BELT,
          NOTEBOOK,
          SCARF,
          STATIONERY,
          CUTTING_BOARD,
          SWEATER,
          WEDDING_RINGS ->
          Setting.FLAT_LAY;
      case CHAIR, SOFA, TABLE, SIDEBOARD -> Setting.ROOM;
      case WALL_HANGING, FRAMED_PRINT, PAINTING, DRESS, SHIRT -> Setting.WALL;
      default -> Setting.TABLE;
    };
  }

  private static Scene backdrop(Canvas c, Setting setting) {
    Graphics2D g = c.g;
    double size = Canvas.SIZE;
    double centerX = 400 + c.between(-25, 25);
    switch (setting) {
      case FLAT_LAY -> {
        Color surface = c.pick(FLAT_SURFACES);
        c.fillVertical(
            new Rectangle2D.Double(0, 0, size, size),
            Canvas.shade(surface, 1.06),
            Canvas.shade(surface, 0.94));
        texture(c, surface);
        return new Scene(setting, centerX, 400 + c.between(-20, 20));
      }
      case ROOM -> {
        Color wall = c.pick(WALLS);
        double floorY = 560 + c.between(-20, 30);
        c.fillVertical(
            new Rectangle2D.Double(0, 0, size, floorY),
            Canvas.shade(wall, 1.05),
            Canvas.shade(wall, 0.9));
        Color floor = c.pick(FLOORS);
        c.fillVertical(
            new Rectangle2D.Double(0, floorY, size, size - floorY),
            Canvas.shade(floor, 0.9),
            Canvas.shade(floor, 1.08));
        for (double x = c.between(-40, 0); x < size; x += 130) {
          c.line(x, floorY + 2, x - 60, size, Canvas.shade(floor, 0.85), 2);
        }
        c.flat(new Rectangle2D.Double(0, floorY - 14, size, 14), Canvas.shade(wall, 1.1));
        windowLight(c, floorY);
        return new Scene(setting, centerX, Math.min(size - 60, floorY + 130));
      }
      case WALL -> {
        Color wall = c.pick(WALLS);
        c.fillVertical(
            new Rectangle2D.Double(0, 0, size, size),
            Canvas.shade(wall, 1.06),
            Canvas.shade(wall, 0.9));
        windowLight(c, size);
        return new Scene(setting, centerX, 700);
      }
      default -> {
        Color wall = c.pick(WALLS);
        double tableY = 470 + c.between(-30, 40);
        c.fillVertical(
            new Rectangle2D.Double(0, 0, size, tableY),
            Canvas.shade(wall, 1.05),
            Canvas.shade(wall, 0.9));
        windowLight(c, tableY);
        Color table = c.pick(TABLES);
        c.fillVertical(
            new Rectangle2D.Double(0, tableY, size, size - tableY),
            Canvas.shade(table, 1.08),
            Canvas.shade(table, 0.86));
        c.flat(new Rectangle2D.Double(0, tableY, size, 3), Canvas.shade(table, 1.2));
        g.setPaint(new Color(0, 0, 0, 22));
        g.fill(new Rectangle2D.Double(0, tableY - 10, size, 10));
        return new Scene(setting, centerX, tableY + (size - tableY) * c.between(0.45, 0.6));
      }
    }
  }

  /** Wood grain on wooden surfaces, a faint weave on fabric ones. */
  private static void texture(Canvas c, Color surface) {
    Color grain = Canvas.alpha(Canvas.shade(surface, 0.88), 120);
    if (c.dice.chance(0.5)) {
      for (double y = c.between(0, 30); y < Canvas.SIZE; y += c.between(24, 60)) {
        Path2D line = new Path2D.Double();
        line.moveTo(0, y);
        line.curveTo(
            260,
            y + c.between(-12, 12),
            540,
            y + c.between(-12, 12),
            Canvas.SIZE,
            y + c.between(-8, 8));
        c.stroke(line, grain, c.between(1, 2.5));
      }
    } else {
      c.speckle(
          new Rectangle2D.Double(0, 0, Canvas.SIZE, Canvas.SIZE), Canvas.alpha(grain, 60), 900);
    }
  }

  /** Sunlight from a window falling across the wall. */
  private static void windowLight(Canvas c, double bottom) {
    if (c.dice.chance(0.45)) {
      return;
    }
    double x = c.lightSide < 0 ? c.between(-100, 150) : c.between(400, 650);
    double slant = c.lightSide * -140;
    Path2D beam = new Path2D.Double();
    beam.moveTo(x, 0);
    beam.lineTo(x + 220, 0);
    beam.lineTo(x + 220 + slant, bottom);
    beam.lineTo(x + slant, bottom);
    beam.closePath();
    c.flat(beam, new Color(255, 255, 250, 34));
  }

  /** A eucalyptus sprig or a few pebbles at the edge of the frame, away from the object. */
  private static void props(Canvas c, Scene scene) {
    double roll = c.dice.unit();
    boolean left = c.dice.chance(0.5);
    if (roll < 0.35 && scene.setting() != Setting.WALL) {
      double x = left ? c.between(40, 120) : c.between(680, 760);
      double y =
          scene.setting() == Setting.FLAT_LAY
              ? c.between(560, 720)
              : scene.groundY() + c.between(10, 60);
      sprig(c, x, y, left ? 1 : -1);
    } else if (roll < 0.55 && scene.setting() != Setting.WALL && scene.setting() != Setting.ROOM) {
      double x = left ? c.between(70, 140) : c.between(660, 730);
      double y =
          scene.setting() == Setting.FLAT_LAY
              ? c.between(600, 720)
              : scene.groundY() + c.between(20, 70);
      for (int i = 0; i < 3; i++) {
        double r = c.between(12, 26);
        double px = x + i * 34 * (left ? 1 : -1);
        Color stone = Canvas.shade(new Color(0x9A9690), c.between(0.8, 1.25));
        c.shadow(px, y + r * 0.7, r * 2.6, r * 0.8);
        c.fill(c.ellipse(px, y, r * 1.2, r * 0.8), stone);
      }
    }
  }

  static void sprig(Canvas c, double x, double y, int direction) {
    Color leaf = c.pick(LEAVES);
    Path2D stem = new Path2D.Double();
    stem.moveTo(x, y);
    double endX = x + direction * c.between(60, 140);
    double endY = y - c.between(150, 260);
    stem.quadTo(x + direction * 10, (y + endY) / 2, endX, endY);
    c.stroke(stem, Canvas.shade(leaf, 0.7), 3);
    for (int i = 1; i <= 6; i++) {
      double t = i / 7.0;
      double px = x + (endX - x) * t * t;
      double py = y + (endY - y) * t;
      double r = 16 - i;
      c.fill(c.ellipse(px - r, py, r, r * 0.8), leaf);
      c.fill(c.ellipse(px + r, py - 4, r, r * 0.8), Canvas.shade(leaf, 1.1));
    }
  }

  /** A slight darkening towards the corners, as lenses do. */
  private static void vignette(Canvas c) {
    Point2D center = new Point2D.Double(400, 400);
    c.g.setPaint(
        new RadialGradientPaint(
            center,
            580f,
            new float[] {0.55f, 1f},
            new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 48)}));
    c.g.fill(new Ellipse2D.Double(-400, -400, 1600, 1600));
  }
}
