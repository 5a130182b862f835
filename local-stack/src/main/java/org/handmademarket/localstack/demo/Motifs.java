package org.handmademarket.localstack.demo;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The objects of the demo photos, one simple drawing per {@link Motif}: recognisable silhouettes
 * with a few colours, proportions and details varied by the dice, so that the 24 photos of a
 * category look like 24 different items rather than one item recoloured.
 */
final class Motifs {

  private Motifs() {}

  static final List<Color> METALS =
      Canvas.colours(0xD4AF37, 0xC9C9CF, 0xE3A995, 0xB87333, 0xC8A24A, 0xE8E3D6);
  static final List<Color> GEMS =
      Canvas.colours(
          0x40B5AD, 0xDCE3EA, 0x8E2C3A, 0x8A5DB0, 0xF3EEE2, 0xF2B5C2, 0x2E6DB4, 0x6FA37A, 0xE9A23B);
  static final List<Color> GLAZES =
      Canvas.colours(
          0x8FA58C, 0xEDE6D6, 0x2D4E87, 0xC3643F, 0x3B3B3B, 0xA9C3B3, 0xE2C28A, 0x7B9DB3, 0xD9A6A0,
          0x5E7D5A);
  static final List<Color> CLAYS = Canvas.colours(0xD8C3A5, 0xC9A27E, 0x8C6A52, 0xE8DCCB, 0x6E5140);
  static final List<Color> FABRICS =
      Canvas.colours(
          0xC9A227, 0x4F6D4A, 0xB5533C, 0x2F4466, 0xE2B8B0, 0xEDE6DA, 0x8A8D91, 0x6B3E4E, 0xA3B18A,
          0xD98E5F);
  static final List<Color> WOODS =
      Canvas.colours(0xA0622D, 0x5C4033, 0xC19A6B, 0x8B5A2B, 0xD2B48C, 0x6F4E37);
  static final List<Color> LEATHERS =
      Canvas.colours(0x9A5B2E, 0x6B3A22, 0x2B2420, 0xC68B59, 0x5A1F24, 0x8A6A4F);
  static final List<Color> INKS =
      Canvas.colours(
          0xE07A5F, 0x3D405B, 0x81B29A, 0xF2CC8F, 0x6D597A, 0xB56576, 0x355070, 0xEAAC8B, 0x264653,
          0xE9C46A);

  static void draw(Motif motif, Canvas c, ImagePainter.Scene s) {
    switch (motif) {
      case NECKLACE -> JewelleryDrawings.necklace(c, s);
      case EARRINGS -> JewelleryDrawings.earrings(c, s);
      case RING -> JewelleryDrawings.ring(c, s);
      case BRACELET -> JewelleryDrawings.bracelet(c, s);
      case BROOCH -> JewelleryDrawings.brooch(c, s);
      case WALL_HANGING -> HomeDrawings.wallHanging(c, s);
      case PILLOW -> HomeDrawings.pillow(c, s);
      case LAMP -> HomeDrawings.lamp(c, s);
      case PLANTER -> HomeDrawings.planter(c, s);
      case DRESS -> WearDrawings.dress(c, s);
      case SWEATER -> WearDrawings.sweater(c, s);
      case SCARF -> WearDrawings.scarf(c, s);
      case SHIRT -> WearDrawings.shirt(c, s);
      case FRAMED_PRINT -> ArtDrawings.framedPrint(c, s);
      case PAINTING -> ArtDrawings.painting(c, s);
      case SCULPTURE -> ArtDrawings.sculpture(c, s);
      case MUG -> TablewareDrawings.mug(c, s);
      case BOWL -> TablewareDrawings.bowl(c, s);
      case VASE -> TablewareDrawings.vase(c, s);
      case TEAPOT -> TablewareDrawings.teapot(c, s);
      case WALLET -> WearDrawings.wallet(c, s);
      case BELT -> WearDrawings.belt(c, s);
      case NOTEBOOK -> WearDrawings.notebook(c, s);
      case YARN -> HomeDrawings.yarn(c, s);
      case TEDDY -> HomeDrawings.teddy(c, s);
      case CHAIR -> FurnitureDrawings.chair(c, s);
      case SOFA -> FurnitureDrawings.sofa(c, s);
      case TABLE -> FurnitureDrawings.table(c, s);
      case SIDEBOARD -> FurnitureDrawings.sideboard(c, s);
      case CANDLE -> HomeDrawings.candle(c, s);
      case STATIONERY -> ArtDrawings.stationery(c, s);
      case CUTTING_BOARD -> TablewareDrawings.cuttingBoard(c, s);
      case TOTE -> WearDrawings.tote(c, s);
      case WEDDING_RINGS -> JewelleryDrawings.weddingRings(c, s);
    }
  }

  static void cushion(Canvas c, double cx, double ground, double size, Color fabric) {
    double top = ground - size;
    double left = cx - size / 2;
    double pinch = size * 0.07;
    Path2D shape = new Path2D.Double();
    shape.moveTo(left, top);
    shape.quadTo(cx, top + pinch * 1.5, left + size, top);
    shape.quadTo(left + size - pinch, top + size / 2, left + size, ground);
    shape.quadTo(cx, ground - pinch, left, ground);
    shape.quadTo(left + pinch, top + size / 2, left, top);
    shape.closePath();
    c.shadow(cx, ground, size * 1.15, 40);
    c.fill(shape, fabric);
    Shape clip = c.g.getClip();
    c.g.clip(shape);
    Color ink = Canvas.alpha(Canvas.shade(fabric, c.dice.chance(0.5) ? 0.6 : 1.45), 190);
    switch (c.dice.between(0, 3)) {
      case 0 -> {
        for (double y = top + 20; y < ground; y += 46) {
          c.flat(new Rectangle2D.Double(left, y, size, 14), ink);
        }
      }
      case 1 -> {
        for (double y = top + 25; y < ground; y += 50) {
          for (double x = left + 25 + (y % 100 < 50 ? 0 : 25); x < left + size; x += 50) {
            c.flat(c.circle(x, y, 8), ink);
          }
        }
      }
      case 2 -> {
        for (double d = -size; d < size; d += 40) {
          c.line(left + d, top, left + d + size, ground, ink, 6);
        }
      }
      default -> {
        for (double y = top + 40; y < ground; y += 70) {
          for (double x = left + 40; x < left + size; x += 70) {
            c.flat(
                AffineTransform.getRotateInstance(Math.PI / 4, x, y)
                    .createTransformedShape(c.box(x - 14, y - 14, 28, 28, 6)),
                ink);
          }
        }
      }
    }
    c.g.setClip(clip);
    c.stroke(shape, Canvas.shade(fabric, 0.7), 4);
  }

  /** A quiet composition of a sun, arches and hills, in a few inks on paper. */
  static void abstractArt(Canvas c, Rectangle2D area) {
    Shape clip = c.g.getClip();
    c.g.clip(area);
    List<Color> inks = c.dice.pickDistinct(INKS, 4);
    c.flat(area, Canvas.shade(inks.get(3), 1.6));
    double x = area.getX();
    double y = area.getY();
    double w = area.getWidth();
    double h = area.getHeight();
    c.flat(
        c.circle(
            x + w * c.between(0.3, 0.7), y + h * c.between(0.25, 0.45), w * c.between(0.14, 0.24)),
        inks.get(0));
    for (int i = 0; i < 3; i++) {
      Path2D hill = new Path2D.Double();
      double base = y + h * (0.55 + i * 0.14);
      hill.moveTo(x, base);
      hill.curveTo(
          x + w * 0.3,
          base - h * c.between(0.05, 0.2),
          x + w * 0.6,
          base + h * 0.1,
          x + w,
          base - h * 0.05);
      hill.lineTo(x + w, y + h);
      hill.lineTo(x, y + h);
      hill.closePath();
      c.flat(hill, Canvas.shade(inks.get(1 + i % 2), 1 + i * 0.12));
    }
    if (c.dice.chance(0.5)) {
      Area arch = new Area(new Rectangle2D.Double(x + w * 0.15, y + h * 0.35, w * 0.3, h * 0.65));
      arch.add(new Area(c.circle(x + w * 0.3, y + h * 0.35, w * 0.15)));
      c.flat(arch, Canvas.alpha(inks.get(2), 200));
    }
    c.g.setClip(clip);
  }

  /** A turned profile: foot, belly at {@code bellyAt} of the height, neck and lip. */
  static Shape vaseShape(
      double cx,
      double ground,
      double foot,
      double belly,
      double neck,
      double lip,
      double height,
      double bellyAt) {
    double[][] points = {
      {foot, ground},
      {belly, ground - height * bellyAt},
      {neck, ground - height * 0.85},
      {lip, ground - height}
    };
    Path2D shape = new Path2D.Double();
    shape.moveTo(cx - foot, ground);
    shape.lineTo(cx + foot, ground);
    for (int i = 1; i < points.length; i++) {
      profileSegment(shape, cx, points[i - 1], points[i], 1);
    }
    shape.lineTo(cx - lip, ground - height);
    for (int i = points.length - 1; i > 0; i--) {
      profileSegment(shape, cx, points[i], points[i - 1], -1);
    }
    shape.closePath();
    return shape;
  }

  private static void profileSegment(Path2D path, double cx, double[] from, double[] to, int side) {
    double midY = (from[1] + to[1]) / 2;
    path.curveTo(cx + side * from[0], midY, cx + side * to[0], midY, cx + side * to[0], to[1]);
  }
}
