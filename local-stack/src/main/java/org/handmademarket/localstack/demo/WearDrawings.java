package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.FABRICS;
import static org.handmademarket.localstack.demo.Motifs.INKS;
import static org.handmademarket.localstack.demo.Motifs.LEATHERS;
import static org.handmademarket.localstack.demo.Motifs.METALS;
import static org.handmademarket.localstack.demo.Motifs.WOODS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Clothes on a hanger or laid flat, and leather goods and bags. */
final class WearDrawings {

  private WearDrawings() {}

  private static void hanger(Canvas c, double cx, double y, double half) {
    Color wood = c.dice.chance(0.5) ? c.pick(WOODS) : new Color(0xB8B8B8);
    c.stroke(
        new Arc2D.Double(cx - 14, y - 60, 28, 30, -90, 270, Arc2D.OPEN), new Color(0x9A9A9A), 4);
    c.line(cx, y - 30, cx, y - 10, new Color(0x9A9A9A), 4);
    Path2D bar = new Path2D.Double();
    bar.moveTo(cx - half, y + 30);
    bar.lineTo(cx, y - 10);
    bar.lineTo(cx + half, y + 30);
    c.stroke(bar, wood, 10);
  }

  static void dress(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    Color fabric = c.pick(FABRICS);
    hanger(c, cx, 120, 130);
    double waistY = c.between(330, 370);
    double waist = c.between(62, 78);
    double hem = c.between(170, 230);
    double hemY = c.between(640, 720);
    Path2D dress = new Path2D.Double();
    dress.moveTo(cx - 70, 150);
    dress.lineTo(cx - 40, 150);
    dress.quadTo(cx, 190, cx + 40, 150);
    dress.lineTo(cx + 70, 150);
    dress.lineTo(cx + waist + 10, waistY - 60);
    dress.lineTo(cx + waist, waistY);
    dress.quadTo(cx + hem * 0.7, (waistY + hemY) / 2, cx + hem, hemY);
    dress.quadTo(cx, hemY + 28, cx - hem, hemY);
    dress.quadTo(cx - hem * 0.7, (waistY + hemY) / 2, cx - waist, waistY);
    dress.lineTo(cx - waist - 10, waistY - 60);
    dress.closePath();
    c.dropShadow(dress, c.lightSide * -12, 14);
    c.fill(dress, fabric);
    patternInside(c, dress, fabric);
    for (int i = -2; i <= 2; i++) {
      c.line(
          cx + i * 20 * 1.2,
          waistY + 10,
          cx + i * hem * 0.35,
          hemY - 10,
          Canvas.alpha(Canvas.shade(fabric, 0.75), 110),
          3);
    }
    c.flat(
        new Rectangle2D.Double(cx - waist, waistY - 8, waist * 2, 16), Canvas.shade(fabric, 0.8));
  }

  private static void patternInside(Canvas c, Shape area, Color fabric) {
    int pattern = c.dice.between(0, 2);
    if (pattern == 0) {
      return;
    }
    Shape clip = c.g.getClip();
    c.g.clip(area);
    Rectangle2D b = area.getBounds2D();
    Color ink =
        Canvas.alpha(
            Canvas.shade(fabric, fabric.getRed() + fabric.getGreen() > 300 ? 0.7 : 1.6), 170);
    for (double y = b.getMinY() + 10; y < b.getMaxY(); y += 34) {
      for (double x = b.getMinX() + ((y / 34) % 2 < 1 ? 0 : 17); x < b.getMaxX(); x += 34) {
        if (pattern == 1) {
          c.flat(c.circle(x, y, 5), ink);
        } else {
          for (int k = 0; k < 4; k++) {
            c.flat(
                c.circle(x + Math.cos(k * Math.PI / 2) * 5, y + Math.sin(k * Math.PI / 2) * 5, 4),
                ink);
          }
        }
      }
    }
    c.g.setClip(clip);
  }

  static void sweater(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double top = s.groundY() - 210;
    Color wool = c.pick(FABRICS);
    Path2D body = new Path2D.Double();
    body.moveTo(cx - 150, top);
    body.lineTo(cx - 55, top - 20);
    body.quadTo(cx, top + 30, cx + 55, top - 20);
    body.lineTo(cx + 150, top);
    body.lineTo(cx + 290, top + 300);
    body.lineTo(cx + 220, top + 330);
    body.lineTo(cx + 150, top + 170);
    body.lineTo(cx + 150, top + 420);
    body.lineTo(cx - 150, top + 420);
    body.lineTo(cx - 150, top + 170);
    body.lineTo(cx - 220, top + 330);
    body.lineTo(cx - 290, top + 300);
    body.closePath();
    c.dropShadow(body, 8, 12);
    c.fill(body, wool);
    Color knit = Canvas.alpha(Canvas.shade(wool, 0.78), 150);
    for (double x = cx - 130; x <= cx + 130; x += 26) {
      c.line(x, top + 390, x, top + 418, knit, 3);
    }
    if (c.dice.chance(0.6)) {
      for (double x = cx - 90; x <= cx + 90; x += 60) {
        Path2D cable = new Path2D.Double();
        cable.moveTo(x, top + 30);
        for (double y = top + 30; y < top + 380; y += 30) {
          cable.quadTo(x + 14, y + 15, x, y + 30);
        }
        c.stroke(cable, knit, 5);
      }
    } else {
      for (double y = top + 60; y < top + 380; y += 60) {
        c.line(cx - 150, y, cx + 150, y, Canvas.alpha(Canvas.shade(wool, 1.4), 160), 10);
      }
    }
    c.stroke(
        new Arc2D.Double(cx - 55, top - 50, 110, 80, 200, 140, Arc2D.OPEN),
        Canvas.shade(wool, 0.7),
        8);
  }

  static void scarf(Canvas c, ImagePainter.Scene s) {
    Color base = c.pick(FABRICS);
    Color stripe = c.pick(FABRICS);
    double cx = s.centerX();
    double cy = s.groundY();
    AffineTransform tilt = AffineTransform.getRotateInstance(c.between(-0.5, 0.5), cx, cy);
    Rectangle2D cloth = new Rectangle2D.Double(cx - 140, cy - 300, 280, 600);
    Shape shape = tilt.createTransformedShape(cloth);
    c.dropShadow(shape, 8, 12);
    c.fill(shape, base);
    Shape clip = c.g.getClip();
    c.g.clip(shape);
    Color ink = Canvas.alpha(stripe, 210);
    if (c.dice.chance(0.5)) {
      for (double y = cloth.getMinY() + 40; y < cloth.getMaxY(); y += 90) {
        c.flat(
            tilt.createTransformedShape(new Rectangle2D.Double(cloth.getMinX(), y, 280, 26)), ink);
      }
    } else {
      for (double x = cloth.getMinX() + 20; x < cloth.getMaxX(); x += 60) {
        c.flat(
            tilt.createTransformedShape(new Rectangle2D.Double(x, cloth.getMinY(), 16, 600)),
            Canvas.alpha(stripe, 140));
      }
      for (double y = cloth.getMinY() + 20; y < cloth.getMaxY(); y += 60) {
        c.flat(
            tilt.createTransformedShape(new Rectangle2D.Double(cloth.getMinX(), y, 280, 16)),
            Canvas.alpha(stripe, 140));
      }
    }
    // The fold across the middle.
    c.flat(
        tilt.createTransformedShape(new Rectangle2D.Double(cloth.getMinX(), cy - 20, 280, 40)),
        new Color(0, 0, 0, 28));
    c.flat(
        tilt.createTransformedShape(new Rectangle2D.Double(cloth.getMinX(), cy - 24, 280, 6)),
        new Color(255, 255, 255, 50));
    c.g.setClip(clip);
    Color fringe = Canvas.shade(base, 0.85);
    for (double x = cloth.getMinX() + 8; x < cloth.getMaxX(); x += 14) {
      c.stroke(
          tilt.createTransformedShape(
              new Line2D.Double(x, cloth.getMinY(), x, cloth.getMinY() - 40)),
          fringe,
          4);
      c.stroke(
          tilt.createTransformedShape(
              new Line2D.Double(x, cloth.getMaxY(), x, cloth.getMaxY() + 40)),
          fringe,
          4);
    }
  }

  static void shirt(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    Color cloth =
        c.pick(
            List.of(
                new Color(0x5B7BA6),
                new Color(0x3F5A80),
                new Color(0xE9E3D6),
                new Color(0x8C7B5B),
                new Color(0x6E7F5E),
                new Color(0xB9704E)));
    hanger(c, cx, 120, 150);
    Path2D body = new Path2D.Double();
    body.moveTo(cx - 150, 160);
    body.lineTo(cx - 40, 140);
    body.lineTo(cx + 40, 140);
    body.lineTo(cx + 150, 160);
    body.lineTo(cx + 200, 520);
    body.lineTo(cx + 150, 530);
    body.lineTo(cx + 140, 300);
    body.lineTo(cx + 140, 640);
    body.lineTo(cx - 140, 640);
    body.lineTo(cx - 140, 300);
    body.lineTo(cx - 150, 530);
    body.lineTo(cx - 200, 520);
    body.closePath();
    c.dropShadow(body, c.lightSide * -12, 14);
    c.fill(body, cloth);
    Path2D collar = new Path2D.Double();
    collar.moveTo(cx - 45, 140);
    collar.lineTo(cx, 215);
    collar.lineTo(cx + 45, 140);
    collar.lineTo(cx + 5, 150);
    collar.lineTo(cx - 5, 150);
    collar.closePath();
    c.fill(collar, Canvas.shade(cloth, 0.8));
    c.line(cx, 215, cx, 640, Canvas.shade(cloth, 0.75), 3);
    for (double y = 250; y < 630; y += 70) {
      c.fill(c.circle(cx + 10, y, 6), Canvas.shade(cloth, 1.4));
    }
    c.stroke(c.box(cx - 120, 260, 80, 80, 8), Canvas.shade(cloth, 0.7), 3);
    c.stroke(c.box(cx + 40, 260, 80, 80, 8), Canvas.shade(cloth, 0.7), 3);
  }

  static void wallet(Canvas c, ImagePainter.Scene s) {
    Color leather = c.pick(LEATHERS);
    double cx = s.centerX();
    double cy = s.groundY();
    AffineTransform tilt = AffineTransform.getRotateInstance(c.between(-0.25, 0.25), cx, cy);
    Shape body = tilt.createTransformedShape(c.box(cx - 190, cy - 130, 380, 260, 30));
    c.dropShadow(body, 7, 10);
    if (c.dice.chance(0.5)) {
      for (int i = 0; i < 3; i++) {
        Shape card =
            tilt.createTransformedShape(c.box(cx - 150 + i * 16, cy - 170 + i * 14, 240, 100, 10));
        c.fill(card, c.pick(INKS));
      }
    }
    c.fill(body, leather);
    c.dashed(
        tilt.createTransformedShape(c.box(cx - 174, cy - 114, 348, 228, 22)),
        Canvas.shade(leather, 1.5),
        2.5,
        7);
    c.line(cx, cy - 128, cx, cy + 128, Canvas.shade(leather, 0.75), 2);
    if (c.dice.chance(0.5)) {
      c.stroke(
          tilt.createTransformedShape(c.circle(cx + 120, cy + 70, 22)),
          Canvas.shade(leather, 0.7),
          3);
    }
  }

  static void belt(Canvas c, ImagePainter.Scene s) {
    Color leather = c.pick(LEATHERS);
    Color brass = c.pick(METALS);
    double cx = s.centerX();
    double cy = s.groundY();
    for (int i = 3; i >= 0; i--) {
      double r = 90 + i * 46;
      c.stroke(c.ellipse(cx + 5, cy + 7, r, r * 0.86), new Color(0, 0, 0, 40), 42);
      c.stroke(c.ellipse(cx, cy, r, r * 0.86), Canvas.shade(leather, 1 - i * 0.04), 40);
      c.stroke(c.ellipse(cx, cy, r + 16, (r + 16) * 0.86), Canvas.shade(leather, 0.7), 2);
    }
    double bx = cx + 90 + 3 * 46;
    c.stroke(c.box(bx - 36, cy - 50, 72, 100, 18), brass, 12);
    c.line(bx, cy - 50, bx, cy + 50, brass, 6);
    for (int i = 0; i < 5; i++) {
      c.fill(c.circle(cx - 40 + i * 26, cy - 90 * 0.86, 5), new Color(0x1E1A17));
    }
  }

  static void notebook(Canvas c, ImagePainter.Scene s) {
    Color leather = c.pick(LEATHERS);
    double cx = s.centerX();
    double cy = s.groundY();
    AffineTransform tilt = AffineTransform.getRotateInstance(c.between(-0.2, 0.2), cx, cy);
    Shape cover = tilt.createTransformedShape(c.box(cx - 170, cy - 230, 340, 460, 18));
    c.dropShadow(cover, 8, 12);
    c.flat(
        tilt.createTransformedShape(c.box(cx - 160, cy - 222, 336, 452, 12)), new Color(0xF3EEE3));
    c.fill(cover, leather);
    c.dashed(
        tilt.createTransformedShape(c.box(cx - 152, cy - 212, 304, 424, 12)),
        Canvas.shade(leather, 1.5),
        2.5,
        7);
    c.flat(
        tilt.createTransformedShape(new Rectangle2D.Double(cx - 170, cy - 12, 400, 24)),
        Canvas.shade(leather, 0.8));
    c.fill(tilt.createTransformedShape(c.circle(cx + 160, cy, 18)), c.pick(METALS));
    Color pen = c.pick(INKS);
    Shape penShape =
        AffineTransform.getRotateInstance(0.3, cx + 250, cy)
            .createTransformedShape(c.box(cx + 230, cy - 200, 22, 380, 10));
    c.fill(penShape, pen);
  }

  static void tote(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color canvas =
        c.pick(
            List.of(
                new Color(0xE6DCC8),
                new Color(0x5E6B4E),
                new Color(0x2F3E55),
                new Color(0xB0643E),
                new Color(0x9A5B2E),
                new Color(0xD9C6A0)));
    Color trim = c.pick(LEATHERS);
    double w = c.between(300, 360);
    double h = w * c.between(0.95, 1.1);
    double top = ground - h;
    c.shadow(cx, ground, w * 1.5, 50);
    for (int side = -1; side <= 1; side += 2) {
      c.stroke(
          new Arc2D.Double(cx + side * w * 0.18 - 60, top - 150, 120, 300, 0, 180, Arc2D.OPEN),
          trim,
          16);
    }
    Path2D body = new Path2D.Double();
    body.moveTo(cx - w / 2, top);
    body.lineTo(cx + w / 2, top);
    body.lineTo(cx + w / 2 + 14, ground);
    body.lineTo(cx - w / 2 - 14, ground);
    body.closePath();
    c.fill(body, canvas);
    if (c.dice.chance(0.5)) {
      Shape clip = c.g.getClip();
      c.g.clip(body);
      for (double y = top + 60; y < ground; y += 70) {
        c.flat(new Rectangle2D.Double(cx - w, y, w * 2, 18), Canvas.alpha(c.pick(INKS), 200));
      }
      c.g.setClip(clip);
    }
    c.flat(new Rectangle2D.Double(cx - w / 2, top, w, 34), trim);
    c.stroke(
        c.box(cx - w * 0.25, top + h * 0.35, w * 0.5, h * 0.35, 10), Canvas.shade(canvas, 0.7), 3);
  }
}
