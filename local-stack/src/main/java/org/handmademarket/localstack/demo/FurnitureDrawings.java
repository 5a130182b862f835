package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.FABRICS;
import static org.handmademarket.localstack.demo.Motifs.GLAZES;
import static org.handmademarket.localstack.demo.Motifs.INKS;
import static org.handmademarket.localstack.demo.Motifs.METALS;
import static org.handmademarket.localstack.demo.Motifs.WOODS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Furniture standing on the floor of a room. */
final class FurnitureDrawings {

  private FurnitureDrawings() {}

  private static void legs(
      Canvas c, double left, double right, double top, double ground, Color wood, double splay) {
    for (double x : new double[] {left, right}) {
      double out = x < (left + right) / 2 ? -splay : splay;
      Path2D leg = new Path2D.Double();
      leg.moveTo(x - 9, top);
      leg.lineTo(x + 9, top);
      leg.lineTo(x + out + 4, ground);
      leg.lineTo(x + out - 4, ground);
      leg.closePath();
      c.fill(leg, wood);
    }
  }

  static void chair(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color fabric = c.pick(FABRICS);
    Color wood = c.pick(WOODS);
    double w = c.between(260, 320);
    double seatY = ground - c.between(150, 190);
    c.shadow(cx, ground, w * 1.6, 50);
    legs(c, cx - w / 2 + 20, cx + w / 2 - 20, seatY, ground, wood, 22);
    if (c.dice.chance(0.4)) {
      c.fill(c.box(cx - w / 2, seatY - 260, w, 40, 14), wood);
      for (int i = 0; i < 5; i++) {
        double x = cx - w / 2 + 30 + i * (w - 60) / 4;
        c.line(x, seatY - 225, x, seatY - 10, wood, 9);
      }
      c.fill(c.box(cx - w / 2 - 10, seatY - 30, w + 20, 46, 16), fabric);
      return;
    }
    c.fill(c.box(cx - w / 2 + 10, seatY - 300, w - 20, 280, 50), fabric);
    c.stroke(c.box(cx - w / 2 + 30, seatY - 280, w - 60, 240, 40), Canvas.shade(fabric, 0.8), 3);
    c.fill(c.box(cx - w / 2 - 10, seatY - 60, w + 20, 80, 30), Canvas.shade(fabric, 1.05));
    c.fill(c.box(cx - w / 2 - 34, seatY - 140, 34, 150, 16), wood);
    c.fill(c.box(cx + w / 2, seatY - 140, 34, 150, 16), wood);
  }

  static void sofa(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color fabric = c.pick(FABRICS);
    Color wood = c.pick(WOODS);
    double w = c.between(560, 640);
    double left = cx - w / 2;
    double legTop = ground - 50;
    double seatTop = legTop - c.between(90, 110);
    double backTop = seatTop - c.between(150, 190);
    c.shadow(cx, ground, w * 1.15, 60);
    legs(c, left + 50, left + w - 50, legTop, ground, wood, 12);
    Shape back = c.box(left + 30, backTop, w - 60, legTop - backTop, 40);
    c.fill(back, Canvas.shade(fabric, 0.9));
    boolean tufted = c.dice.chance(0.4);
    int cushions = c.dice.between(2, 3);
    double cw = (w - 140) / cushions;
    for (int i = 0; i < cushions; i++) {
      double x = left + 70 + i * cw;
      if (!tufted) {
        c.fill(c.box(x + 4, backTop + 16, cw - 8, seatTop - backTop - 10, 30), fabric);
      }
      c.fill(c.box(x + 4, seatTop, cw - 8, 60, 20), Canvas.shade(fabric, 1.06));
    }
    if (tufted) {
      for (double x = left + 80; x < left + w - 80; x += 44) {
        c.line(x, backTop + 20, x, seatTop - 10, Canvas.shade(fabric, 0.7), 3);
      }
    }
    c.fill(
        c.box(left + 60, seatTop + 56, w - 120, legTop - seatTop - 50, 16),
        Canvas.shade(fabric, 0.85));
    c.fill(c.box(left, seatTop - 70, 80, legTop - seatTop + 70, 36), fabric);
    c.fill(c.box(left + w - 80, seatTop - 70, 80, legTop - seatTop + 70, 36), fabric);
    if (c.dice.chance(0.6)) {
      Motifs.cushion(c, left + 170, seatTop + 10, 120, c.pick(FABRICS));
    }
  }

  static void table(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color wood = c.pick(WOODS);
    double w = c.between(480, 600);
    double topY = ground - c.between(150, 260);
    c.shadow(cx, ground, w * 1.1, 50);
    if (c.dice.chance(0.35)) {
      c.fill(c.box(cx - 30, topY, 60, ground - topY, 10), Canvas.shade(wood, 0.9));
      c.fill(c.ellipse(cx, ground - 8, 110, 18), Canvas.shade(wood, 0.85));
      c.fill(c.ellipse(cx, topY + 10, w / 2, 46), Canvas.shade(wood, 0.85));
      c.fill(c.ellipse(cx, topY, w / 2, 46), Canvas.shade(wood, 1.1));
    } else {
      legs(c, cx - w / 2 + 40, cx + w / 2 - 40, topY + 30, ground, wood, 26);
      Path2D surface = new Path2D.Double();
      surface.moveTo(cx - w / 2 + 40, topY - 40);
      surface.lineTo(cx + w / 2 - 40, topY - 40);
      surface.lineTo(cx + w / 2, topY);
      surface.lineTo(cx - w / 2, topY);
      surface.closePath();
      c.fill(surface, Canvas.shade(wood, 1.12));
      c.fill(new Rectangle2D.Double(cx - w / 2, topY, w, 30), wood);
      if (c.dice.chance(0.5)) {
        c.fill(
            new Rectangle2D.Double(cx - w / 2 + 50, ground - 70, w - 100, 16),
            Canvas.shade(wood, 0.9));
      }
    }
    Color object = c.pick(GLAZES);
    Shape vase =
        Motifs.vaseShape(
            cx + c.between(-120, 120), topY - 18, 22, 44, 16, 20, c.between(90, 140), 0.4);
    c.fill(vase, object);
  }

  static void sideboard(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color wood = c.pick(WOODS);
    double w = c.between(560, 660);
    double h = c.between(200, 250);
    double bottom = ground - 60;
    double top = bottom - h;
    c.shadow(cx, ground, w * 1.1, 50);
    legs(c, cx - w / 2 + 40, cx + w / 2 - 40, bottom, ground, Canvas.shade(wood, 0.8), 14);
    c.fill(new Rectangle2D.Double(cx - w / 2, top, w, h), wood);
    c.flat(new Rectangle2D.Double(cx - w / 2 - 8, top - 14, w + 16, 16), Canvas.shade(wood, 1.15));
    int doors = c.dice.between(3, 4);
    double dw = (w - 30) / doors;
    for (int i = 0; i < doors; i++) {
      double x = cx - w / 2 + 15 + i * dw;
      c.stroke(new Rectangle2D.Double(x + 4, top + 14, dw - 8, h - 28), Canvas.shade(wood, 0.7), 3);
      if (i == 1 && c.dice.chance(0.6)) {
        for (double sx = x + 16; sx < x + dw - 10; sx += 14) {
          c.line(sx, top + 20, sx, bottom - 20, Canvas.shade(wood, 0.78), 4);
        }
      }
      c.fill(c.box(x + dw / 2 - 18, top + h / 2 - 4, 36, 8, 4), c.pick(METALS));
    }
    Shape lamp = Motifs.vaseShape(cx - w / 3, top - 14, 24, 46, 14, 16, 120, 0.35);
    c.fill(lamp, c.pick(GLAZES));
    c.fill(new Rectangle2D.Double(cx + w / 5, top - 54, 120, 20), c.pick(INKS));
    c.fill(new Rectangle2D.Double(cx + w / 5 + 10, top - 34, 110, 20), c.pick(INKS));
  }
}
