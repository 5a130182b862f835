package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.INKS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Prints, paintings, sculptures and paper goods. */
final class ArtDrawings {

  private ArtDrawings() {}

  static void framedPrint(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double w = c.between(320, 400);
    double h = w * c.between(1.2, 1.35);
    boolean leaning = c.dice.chance(0.3);
    double top = leaning ? 700 - h : 380 - h / 2;
    Color frame =
        c.pick(
            List.of(
                new Color(0x222222),
                new Color(0xC19A6B),
                new Color(0xF4F1EA),
                new Color(0xB8963E)));
    c.fill(c.box(cx - w / 2 + 12 * -c.lightSide, top + 16, w, h, 4), new Color(0, 0, 0, 45));
    c.fill(c.box(cx - w / 2, top, w, h, 4), frame);
    double mat = 22;
    c.flat(
        new Rectangle2D.Double(cx - w / 2 + mat, top + mat, w - mat * 2, h - mat * 2),
        new Color(0xF7F4EE));
    Rectangle2D art =
        new Rectangle2D.Double(
            cx - w / 2 + mat + 34, top + mat + 34, w - mat * 2 - 68, h - mat * 2 - 68);
    Motifs.abstractArt(c, art);
  }

  static void painting(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double w = c.between(440, 560);
    double h = w * c.between(0.75, 1.05);
    double top = 370 - h / 2;
    c.fill(c.box(cx - w / 2 + 14 * -c.lightSide, top + 18, w, h, 2), new Color(0, 0, 0, 50));
    Rectangle2D canvas = new Rectangle2D.Double(cx - w / 2, top, w, h);
    Shape clip = c.g.getClip();
    c.g.clip(canvas);
    List<Color> inks = c.dice.pickDistinct(INKS, 5);
    c.fillVertical(canvas, Canvas.shade(inks.get(0), 1.5), Canvas.shade(inks.get(1), 1.3));
    c.flat(
        c.circle(cx + c.between(-w / 3, w / 3), top + h * 0.3, c.between(30, 60)),
        Canvas.shade(inks.get(3), 1.3));
    for (int layer = 0; layer < 4; layer++) {
      double base = top + h * (0.5 + layer * 0.13);
      Path2D land = new Path2D.Double();
      land.moveTo(cx - w / 2, base);
      for (int k = 1; k <= 4; k++) {
        land.quadTo(
            cx - w / 2 + w * (k - 0.5) / 4, base - c.between(10, 70), cx - w / 2 + w * k / 4, base);
      }
      land.lineTo(cx + w / 2, top + h);
      land.lineTo(cx - w / 2, top + h);
      land.closePath();
      c.flat(land, Canvas.shade(inks.get(2 + layer % 3), 0.75 + layer * 0.12));
    }
    for (int i = 0; i < 40; i++) {
      double bx = cx - w / 2 + c.dice.unit() * w;
      double by = top + c.dice.unit() * h;
      c.line(
          bx,
          by,
          bx + c.between(-30, 30),
          by + c.between(-8, 8),
          Canvas.alpha(c.pick(inks), 70),
          c.between(6, 14));
    }
    c.g.setClip(clip);
  }

  static void sculpture(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color stone =
        c.pick(
            List.of(
                new Color(0xBDB6AA),
                new Color(0x8C6A45),
                new Color(0xE8E3DA),
                new Color(0x5E5A55),
                new Color(0xA77B4F)));
    c.shadow(cx, ground, 300, 50);
    if (c.dice.chance(0.5)) {
      double y = ground;
      double r = c.between(90, 120);
      for (int i = 0; i < 4; i++) {
        double ry = r * c.between(0.4, 0.55);
        c.fill(
            c.ellipse(cx + c.between(-10, 10), y - ry, r, ry),
            Canvas.shade(stone, c.between(0.85, 1.15)));
        y -= ry * 1.85;
        r *= c.between(0.68, 0.82);
      }
    } else {
      double r = c.between(120, 160);
      Area ring = new Area(c.circle(cx, ground - r - 30, r));
      ring.subtract(
          new Area(c.circle(cx + c.between(-20, 20), ground - r - 30, r * c.between(0.35, 0.55))));
      c.fill(c.box(cx - 70, ground - 40, 140, 40, 6), Canvas.shade(stone, 0.8));
      c.fill(ring, stone);
    }
  }

  static void stationery(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double cy = s.groundY();
    Color cover = c.pick(INKS);
    Shape book =
        AffineTransform.getRotateInstance(-0.12, cx - 60, cy)
            .createTransformedShape(c.box(cx - 230, cy - 220, 300, 420, 10));
    c.dropShadow(book, 8, 12);
    c.fill(book, cover);
    c.flat(
        AffineTransform.getRotateInstance(-0.12, cx - 60, cy)
            .createTransformedShape(new Rectangle2D.Double(cx + 20, cy - 220, 14, 420)),
        Canvas.shade(cover, 0.6));
    Motifs.abstractArt(c, new Rectangle2D.Double(cx - 170, cy - 120, 160, 120));
    AffineTransform cardTilt = AffineTransform.getRotateInstance(0.15, cx + 170, cy + 60);
    Shape envelope =
        cardTilt.createTransformedShape(new Rectangle2D.Double(cx + 40, cy - 30, 260, 180));
    Color paper =
        c.pick(
            List.of(
                new Color(0xF4EFE4),
                new Color(0xE9D8C4),
                new Color(0xDCE4DE),
                new Color(0xF0D9D4)));
    c.dropShadow(envelope, 6, 9);
    c.fill(envelope, paper);
    Path2D flap = new Path2D.Double();
    flap.moveTo(cx + 40, cy - 30);
    flap.lineTo(cx + 170, cy + 60);
    flap.lineTo(cx + 300, cy - 30);
    c.stroke(cardTilt.createTransformedShape(flap), Canvas.shade(paper, 0.8), 3);
    Shape pencil =
        AffineTransform.getRotateInstance(-0.7, cx, cy + 260)
            .createTransformedShape(c.box(cx - 200, cy + 250, 360, 18, 6));
    c.fill(pencil, c.pick(INKS));
  }
}
