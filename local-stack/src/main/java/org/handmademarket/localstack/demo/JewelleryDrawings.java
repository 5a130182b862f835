package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.GEMS;
import static org.handmademarket.localstack.demo.Motifs.GLAZES;
import static org.handmademarket.localstack.demo.Motifs.INKS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Jewellery, seen from above: the pieces lie on a surface that fills the frame. */
final class JewelleryDrawings {

  private JewelleryDrawings() {}

  static void necklace(Canvas c, ImagePainter.Scene s) {
    Color metal = c.metal();
    double cx = s.centerX();
    int chains = c.dice.chance(0.3) ? 2 : 1;
    for (int i = 0; i < chains; i++) {
      double depth = c.between(330, 430) + i * 90;
      double width = c.between(170, 220) + i * 30;
      Path2D chain = new Path2D.Double();
      chain.moveTo(cx - width, 60);
      chain.curveTo(cx - width, 60 + depth * 0.9, cx - 40, 60 + depth, cx, 60 + depth);
      chain.curveTo(cx + 40, 60 + depth, cx + width, 60 + depth * 0.9, cx + width, 60);
      c.stroke(
          AffineTransform.getTranslateInstance(3, 4).createTransformedShape(chain),
          new Color(0, 0, 0, 40),
          5);
      c.dashed(chain, metal, 4.5, 5);
      c.stroke(chain, Canvas.alpha(Canvas.shade(metal, 0.8), 160), 1.5);
      pendant(c, cx, 60 + depth, i == 0 ? c.dice.between(0, 3) : 4, metal);
    }
  }

  private static void pendant(Canvas c, double x, double y, int shape, Color metal) {
    Color gem = c.pick(GEMS);
    c.stroke(c.circle(x, y + 8, 8), metal, 3);
    double top = y + 16;
    switch (shape) {
      case 0 -> {
        double r = c.between(40, 58);
        c.shadow(x + 4, top + r + 8, r * 2.4, r * 0.9);
        c.fill(c.circle(x, top + r, r), metal);
        c.stroke(c.circle(x, top + r, r * 0.72), Canvas.shade(metal, 0.8), 2);
      }
      case 1 -> {
        Path2D drop = new Path2D.Double();
        double h = c.between(90, 130);
        drop.moveTo(x, top);
        drop.curveTo(x + h * 0.45, top + h * 0.45, x + h * 0.35, top + h, x, top + h);
        drop.curveTo(x - h * 0.35, top + h, x - h * 0.45, top + h * 0.45, x, top);
        c.fill(drop, gem);
        c.stroke(drop, metal, 4);
        c.highlight(x - h * 0.2, top + h * 0.3, h * 0.4, h * 0.4);
      }
      case 2 -> {
        double w = c.between(80, 130);
        c.fill(c.box(x - w / 2, top, w, 16, 8), metal);
      }
      case 3 -> {
        double r = c.between(32, 44);
        Area moon = new Area(c.circle(x, top + r, r));
        moon.subtract(new Area(c.circle(x + r * 0.45, top + r * 0.8, r * 0.85)));
        c.fill(moon, metal);
      }
      default -> c.fill(c.circle(x, top + 10, 10), gem);
    }
  }

  static void earrings(Canvas c, ImagePainter.Scene s) {
    Color metal = c.metal();
    Color gem = c.pick(GEMS);
    double cx = s.centerX();
    double cy = s.groundY() - 40;
    if (c.dice.chance(0.4)) {
      Color card = c.dice.chance(0.5) ? new Color(0xC9A57C) : new Color(0xF6F3EE);
      c.shadow(cx + 6, cy + 170, 420, 60);
      c.fill(c.box(cx - 190, cy - 170, 380, 330, 18), card);
    }
    int style = c.dice.between(0, 3);
    for (int side = -1; side <= 1; side += 2) {
      double x = cx + side * 110;
      switch (style) {
        case 0 -> {
          double r = c.between(70, 95);
          c.stroke(c.circle(x + 4, cy + 6, r), new Color(0, 0, 0, 45), 18);
          c.stroke(c.circle(x, cy, r), metal, 16);
          c.stroke(
              new Arc2D.Double(x - r, cy - r, r * 2, r * 2, 100, 60, Arc2D.OPEN),
              Canvas.shade(metal, 1.5),
              5);
        }
        case 1 -> {
          double r = c.between(34, 48);
          c.fill(c.circle(x + 4, cy + 5, r + 9), new Color(0, 0, 0, 40));
          c.fill(c.circle(x, cy, r + 9), metal);
          c.fill(c.circle(x, cy, r), gem);
          c.fill(c.circle(x - r * 0.35, cy - r * 0.35, r * 0.25), new Color(255, 255, 255, 150));
        }
        case 2 -> {
          c.fill(c.circle(x, cy - 110, 16), metal);
          c.line(x, cy - 96, x, cy - 20, metal, 4);
          Path2D drop = new Path2D.Double();
          drop.moveTo(x, cy - 20);
          drop.curveTo(x + 60, cy + 40, x + 48, cy + 120, x, cy + 120);
          drop.curveTo(x - 48, cy + 120, x - 60, cy + 40, x, cy - 20);
          c.dropShadow(drop, 4, 6);
          c.fill(drop, gem);
          c.stroke(drop, metal, 4);
        }
        default -> {
          c.stroke(new Arc2D.Double(x - 26, cy - 150, 52, 52, 0, 180, Arc2D.OPEN), metal, 5);
          for (int i = 0; i < 3; i++) {
            double r = 26 - i * 3;
            c.fill(c.circle(x + 3, cy - 80 + i * 70 + 4, r), new Color(0, 0, 0, 40));
            c.fill(c.circle(x, cy - 80 + i * 70, r), i == 1 ? gem : metal);
          }
          c.line(x, cy - 124, x, cy + 40, Canvas.alpha(metal, 200), 2);
        }
      }
    }
  }

  static void ring(Canvas c, ImagePainter.Scene s) {
    Color metal = c.metal();
    double cx = s.centerX();
    double ground = s.groundY();
    if (c.dice.chance(0.4)) {
      Color dish = c.pick(GLAZES);
      c.shadow(cx, ground + 10, 420, 70);
      c.fill(c.ellipse(cx, ground, 200, 50), dish);
      c.fill(c.ellipse(cx, ground - 6, 170, 36), Canvas.shade(dish, 0.85));
    }
    int count = c.dice.chance(0.3) ? 3 : 1;
    for (int i = 0; i < count; i++) {
      double x = cx + (i - (count - 1) / 2.0) * 130;
      double w = count == 1 ? c.between(150, 190) : 110;
      double h = w * 1.1;
      c.shadow(x, ground, w * 1.2, 24);
      Area band = new Area(c.ellipse(x, ground - h / 2, w / 2, h / 2));
      double thickness = count == 1 ? c.between(12, 22) : 9;
      band.subtract(new Area(c.ellipse(x, ground - h / 2, w / 2 - thickness, h / 2 - thickness)));
      c.fill(band, i == 1 ? c.metal() : metal);
      if (count == 1 || i == 1) {
        Color gem = c.pick(GEMS);
        double r = count == 1 ? c.between(22, 36) : 14;
        c.fill(c.circle(x, ground - h - r * 0.3, r + 5), Canvas.shade(metal, 0.9));
        Path2D facet = new Path2D.Double();
        for (int k = 0; k < 8; k++) {
          double a = Math.PI * 2 * k / 8;
          double px = x + Math.cos(a) * r;
          double py = ground - h - r * 0.3 + Math.sin(a) * r;
          if (k == 0) {
            facet.moveTo(px, py);
          } else {
            facet.lineTo(px, py);
          }
        }
        facet.closePath();
        c.fill(facet, gem);
        c.stroke(c.circle(x, ground - h - r * 0.3, r * 0.5), new Color(255, 255, 255, 90), 2);
      }
    }
  }

  static void bracelet(Canvas c, ImagePainter.Scene s) {
    Color metal = c.metal();
    double cx = s.centerX();
    double cy = s.groundY();
    double r = c.between(150, 200);
    switch (c.dice.between(0, 2)) {
      case 0 -> {
        c.stroke(c.circle(cx + 5, cy + 7, r), new Color(0, 0, 0, 45), 26);
        c.stroke(c.circle(cx, cy, r), metal, 24);
        c.stroke(
            new Arc2D.Double(cx - r, cy - r, r * 2, r * 2, 110, 70, Arc2D.OPEN),
            Canvas.shade(metal, 1.5),
            5);
      }
      case 1 -> {
        Color gem = c.pick(GEMS);
        Color other = c.pick(GEMS);
        int beads = 22;
        for (int i = 0; i < beads; i++) {
          double a = Math.PI * 2 * i / beads;
          double bx = cx + Math.cos(a) * r;
          double by = cy + Math.sin(a) * r;
          c.fill(c.circle(bx + 3, by + 4, 23), new Color(0, 0, 0, 35));
          c.fill(c.circle(bx, by, 23), i == 0 ? metal : i % 3 == 0 ? other : gem);
          c.fill(c.circle(bx - 7, by - 7, 6), new Color(255, 255, 255, 110));
        }
      }
      default -> {
        Area cuff = new Area(c.circle(cx, cy, r + 22));
        cuff.subtract(new Area(c.circle(cx, cy, r - 18)));
        cuff.subtract(new Area(new Rectangle2D.Double(cx - 40, cy, 80, r + 40)));
        c.dropShadow(cuff, 5, 7);
        c.fill(cuff, metal);
        c.stroke(
            new Arc2D.Double(cx - r, cy - r, r * 2, r * 2, 60, 120, Arc2D.OPEN),
            Canvas.shade(metal, 0.75),
            2);
      }
    }
  }

  static void brooch(Canvas c, ImagePainter.Scene s) {
    Color metal = c.metal();
    Color enamel = c.pick(INKS);
    double cx = s.centerX();
    double cy = s.groundY();
    int petals = c.dice.between(5, 8);
    double r = c.between(110, 150);
    for (int i = 0; i < petals; i++) {
      double a = Math.PI * 2 * i / petals;
      Shape petal =
          AffineTransform.getRotateInstance(a, cx, cy)
              .createTransformedShape(c.ellipse(cx + r * 0.55, cy, r * 0.5, r * 0.26));
      c.dropShadow(petal, 4, 6);
      c.fill(petal, i % 2 == 0 ? enamel : Canvas.shade(enamel, 1.2));
      c.stroke(petal, metal, 4);
    }
    c.fill(c.circle(cx, cy, r * 0.24), c.pick(GEMS));
    c.stroke(c.circle(cx, cy, r * 0.24), metal, 5);
  }

  static void weddingRings(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double cy = s.groundY();
    Color cushion =
        c.pick(
            List.of(
                new Color(0xF4EFE6),
                new Color(0xE9D5D0),
                new Color(0xDCE3DA),
                new Color(0x35404A)));
    c.dropShadow(c.box(cx - 210, cy - 210, 420, 420, 60), 8, 12);
    c.fill(c.box(cx - 210, cy - 210, 420, 420, 60), cushion);
    c.dashed(c.box(cx - 190, cy - 190, 380, 380, 50), Canvas.shade(cushion, 0.8), 3, 8);
    // Two rings in the photo's metal, the second a shade apart.
    Color gold = c.metal();
    Color second = c.dice.chance(0.5) ? gold : Canvas.shade(gold, 1.12);
    c.stroke(c.circle(cx - 40, cy, 70), new Color(0, 0, 0, 45), 20);
    c.stroke(c.circle(cx - 45, cy - 5, 70), gold, 18);
    c.stroke(c.circle(cx + 45, cy - 5, 62), second, 14);
    c.fill(c.circle(cx + 45, cy - 72, 16), GEMS.get(1));
    for (int i = 0; i < 4; i++) {
      double fx = cx + (i % 2 == 0 ? -1 : 1) * c.between(200, 300);
      double fy = cy + (i < 2 ? -1 : 1) * c.between(160, 280);
      Color petal =
          c.pick(
              List.of(
                  new Color(0xF7E4E1),
                  new Color(0xFFFFFF),
                  new Color(0xE8B4B8),
                  new Color(0xF3E3C3)));
      for (int k = 0; k < 5; k++) {
        double a = Math.PI * 2 * k / 5;
        c.fill(c.circle(fx + Math.cos(a) * 22, fy + Math.sin(a) * 22, 20), petal);
      }
      c.fill(c.circle(fx, fy, 12), new Color(0xE9C46A));
    }
  }
}
