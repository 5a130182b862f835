package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.CLAYS;
import static org.handmademarket.localstack.demo.Motifs.FABRICS;
import static org.handmademarket.localstack.demo.Motifs.GLAZES;
import static org.handmademarket.localstack.demo.Motifs.INKS;
import static org.handmademarket.localstack.demo.Motifs.METALS;
import static org.handmademarket.localstack.demo.Motifs.WOODS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Home decor, candles, knits and toys, standing on a table or hanging on a wall. */
final class HomeDrawings {

  private HomeDrawings() {}

  static void wallHanging(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    if (c.dice.chance(0.35)) {
      double r = c.between(170, 220);
      double cy = 360;
      c.line(cx, 60, cx, cy - r, new Color(0x6B5A48), 3);
      c.fill(c.circle(cx + 10, cy + 14, r + 26), new Color(0, 0, 0, 40));
      c.fill(c.circle(cx, cy, r + 26), c.pick(WOODS));
      c.dashed(c.circle(cx, cy, r + 13), Canvas.shade(new Color(0xC8A46E), 0.8), 8, 6);
      c.fillVertical(c.circle(cx, cy, r), new Color(0xDCE4E8), new Color(0x9FB0B8));
      c.flat(
          AffineTransform.getRotateInstance(-0.6, cx, cy)
              .createTransformedShape(c.box(cx - r * 0.5, cy - r, 40, r * 2, 20)),
          new Color(255, 255, 255, 60));
      return;
    }
    Color rope = Canvas.shade(new Color(0xEDE4D3), c.between(0.9, 1.03));
    Color accent = c.pick(FABRICS);
    double top = 170;
    double width = c.between(300, 380);
    double left = cx - width / 2;
    c.line(left, top, cx, 90, new Color(0x8A7A66), 3);
    c.line(cx, 90, left + width, top, new Color(0x8A7A66), 3);
    int strings = 14;
    double step = width / (strings - 1);
    double bottom = c.between(480, 540);
    for (int i = 0; i < strings; i++) {
      double x = left + i * step;
      double fringe = bottom + 120 - Math.abs(i - (strings - 1) / 2.0) * c.between(8, 14);
      c.line(x + 4, top + 6, x + 4, fringe + 6, new Color(0, 0, 0, 30), 9);
      c.line(x, top, x, fringe, rope, 8);
    }
    for (int row = 0; row < 6; row++) {
      double y = top + 50 + row * 50;
      for (int i = row % 2; i < strings - 1; i += 2) {
        double x = left + i * step + step / 2;
        if (y < bottom) {
          c.fill(c.ellipse(x, y, step * 0.8, 11), row == 3 ? accent : Canvas.shade(rope, 0.92));
        }
      }
    }
    c.fill(c.box(left - 30, top - 12, width + 60, 24, 24), c.pick(WOODS));
  }

  static void pillow(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    if (c.dice.chance(0.5)) {
      Motifs.cushion(c, cx + c.between(80, 120), ground - 20, c.between(230, 260), c.pick(FABRICS));
    }
    Motifs.cushion(c, cx - 40, ground, c.between(280, 330), c.pick(FABRICS));
  }

  static void lamp(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color shadeColour =
        Canvas.shade(
            c.pick(
                List.of(
                    new Color(0xEFE6D6),
                    new Color(0xE7D3B5),
                    new Color(0xF2EEE8),
                    new Color(0xC9A46A))),
            1);
    if (c.dice.chance(0.3)) {
      double y = c.between(280, 340);
      c.line(cx, 0, cx, y - 90, new Color(0x333333), 4);
      Area dome = new Area(c.ellipse(cx, y, 150, 110));
      dome.subtract(new Area(new Rectangle2D.Double(cx - 200, y, 400, 200)));
      c.glow(cx, y + 40, 260, new Color(0xFFE3A3));
      c.fill(dome, c.pick(METALS));
      c.flat(c.ellipse(cx, y, 150, 16), new Color(0xFFF3D1));
      return;
    }
    Color base = c.pick(GLAZES);
    double baseH = c.between(170, 230);
    double baseW = c.between(60, 90);
    c.shadow(cx, ground, baseW * 3.4, 40);
    Shape body =
        Motifs.vaseShape(cx, ground, baseW * 0.6, baseW, baseW * 0.35, baseW * 0.4, baseH, 0.4);
    c.fill(body, base);
    c.line(cx, ground - baseH, cx, ground - baseH - 40, new Color(0xB59A5A), 6);
    double shadeTop = ground - baseH - 200;
    double shadeBottom = ground - baseH - 30;
    Path2D lampshade = new Path2D.Double();
    lampshade.moveTo(cx - 90, shadeTop);
    lampshade.lineTo(cx + 90, shadeTop);
    lampshade.lineTo(cx + 150, shadeBottom);
    lampshade.lineTo(cx - 150, shadeBottom);
    lampshade.closePath();
    c.glow(cx, shadeBottom, 230, new Color(0xFFE7B0));
    c.fillVertical(lampshade, Canvas.shade(shadeColour, 1.1), Canvas.shade(shadeColour, 0.93));
    c.flat(c.ellipse(cx, shadeBottom, 150, 10), new Color(0xFFF0C8));
  }

  static void planter(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color pot = c.dice.chance(0.5) ? c.pick(CLAYS) : c.pick(GLAZES);
    double topW = c.between(120, 160);
    double height = c.between(170, 230);
    double top = ground - height;
    boolean tall = c.dice.chance(0.5);
    Color leaf = Canvas.shade(new Color(0x4E7A47), c.between(0.8, 1.15));
    int leaves = tall ? 7 : 11;
    for (int i = 0; i < leaves; i++) {
      double angle = -Math.PI / 2 + (i - (leaves - 1) / 2.0) * (tall ? 0.16 : 0.26);
      double length = tall ? c.between(260, 380) : c.between(150, 240);
      double tipX = cx + Math.cos(angle) * length;
      double tipY = top + Math.sin(angle) * length;
      if (tall) {
        Path2D blade = new Path2D.Double();
        blade.moveTo(cx - 14 + i * 4, top + 10);
        blade.quadTo(cx + (tipX - cx) * 0.4 - 26, top + (tipY - top) * 0.5, tipX, tipY);
        blade.quadTo(
            cx + (tipX - cx) * 0.4 + 26, top + (tipY - top) * 0.5, cx + 14 + i * 4 - 24, top + 10);
        blade.closePath();
        c.fill(blade, i % 2 == 0 ? leaf : Canvas.shade(leaf, 1.2));
        c.stroke(blade, Canvas.shade(new Color(0xC9C36A), 1), 2);
      } else {
        c.line(cx, top + 10, tipX, tipY, Canvas.shade(leaf, 0.8), 4);
        Shape blade =
            AffineTransform.getRotateInstance(angle, tipX, tipY)
                .createTransformedShape(c.ellipse(tipX, tipY, 50, 28));
        c.fill(blade, i % 2 == 0 ? leaf : Canvas.shade(leaf, 1.18));
      }
    }
    Path2D body = new Path2D.Double();
    body.moveTo(cx - topW, top);
    body.lineTo(cx + topW, top);
    body.lineTo(cx + topW * 0.78, ground);
    body.lineTo(cx - topW * 0.78, ground);
    body.closePath();
    c.shadow(cx, ground, topW * 2.6, 40);
    c.fill(body, pot);
    c.fill(c.box(cx - topW - 8, top - 6, topW * 2 + 16, 34, 10), Canvas.shade(pot, 1.05));
    if (c.dice.chance(0.5)) {
      c.speckle(body, Canvas.alpha(Canvas.shade(pot, 0.5), 140), 120);
    }
  }

  static void candle(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    Color wax =
        c.pick(
            List.of(
                new Color(0xF3EBDD),
                new Color(0xFAF7F0),
                new Color(0xEBD5C8),
                new Color(0xE9E0B8)));
    if (c.dice.chance(0.35)) {
      double[] heights = {c.between(200, 260), c.between(140, 190), c.between(90, 130)};
      for (int i = 0; i < 3; i++) {
        double x = cx - 130 + i * 125;
        double w = 90 - i * 6;
        c.shadow(x, ground, w * 2, 30);
        c.fill(c.box(x - w / 2, ground - heights[i], w, heights[i], 10), wax);
        c.fill(c.ellipse(x, ground - heights[i], w / 2, 10), Canvas.shade(wax, 1.05));
        c.line(x, ground - heights[i], x, ground - heights[i] - 12, new Color(0x2B2B2B), 3);
        flame(c, x, ground - heights[i] - 10);
      }
      return;
    }
    Color glass =
        c.pick(
            List.of(
                new Color(0xA8612A),
                new Color(0x2D2D2D),
                new Color(0xD8DDD8),
                new Color(0x6F8C7E),
                new Color(0xE6D3C2)));
    double w = c.between(190, 230);
    double h = w * c.between(1.0, 1.2);
    double top = ground - h;
    c.shadow(cx, ground, w * 1.8, 40);
    Shape jar = c.box(cx - w / 2, top, w, h, 26);
    c.fill(jar, glass);
    c.flat(new Rectangle2D.Double(cx - w / 2 + 10, top + 20, w - 20, 22), Canvas.alpha(wax, 200));
    c.highlight(cx - w / 2 + 10, top + 12, w, h - 30);
    Color label = c.dice.chance(0.5) ? new Color(0xF5F0E6) : new Color(0xC9A57C);
    c.flat(c.box(cx - w * 0.32, top + h * 0.38, w * 0.64, h * 0.34, 6), label);
    for (int i = 0; i < 3; i++) {
      c.line(
          cx - w * 0.22,
          top + h * (0.47 + i * 0.07),
          cx + w * (0.22 - i * 0.06),
          top + h * (0.47 + i * 0.07),
          Canvas.shade(label, 0.55),
          3 - i * 0.6);
    }
    c.line(cx, top + 24, cx, top + 8, new Color(0x2B2B2B), 3);
    flame(c, cx, top + 10);
  }

  private static void flame(Canvas c, double x, double y) {
    c.glow(x, y - 20, 120, new Color(0xFFD27A));
    Path2D flame = new Path2D.Double();
    flame.moveTo(x, y - 58);
    flame.curveTo(x + 18, y - 30, x + 14, y, x, y);
    flame.curveTo(x - 14, y, x - 18, y - 30, x, y - 58);
    c.fillVertical(flame, new Color(0xFFF6D5), new Color(0xF29E38));
  }

  static void yarn(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    if (c.dice.chance(0.5)) {
      Color wool = c.pick(FABRICS);
      double w = c.between(170, 210);
      c.shadow(cx - 40, ground, w * 2.4, 50);
      Area dome = new Area(c.ellipse(cx - 40, ground - 60, w, w * 1.05));
      dome.subtract(new Area(new Rectangle2D.Double(cx - 300, ground - 60, 600, 400)));
      c.fill(dome, wool);
      Shape clip = c.g.getClip();
      c.g.clip(dome);
      for (double x = cx - 40 - w + 20; x < cx - 40 + w; x += 26) {
        c.line(
            x,
            ground - 60 - w * 1.1,
            x,
            ground - 60,
            Canvas.alpha(Canvas.shade(wool, 0.8), 120),
            6);
      }
      c.g.setClip(clip);
      c.fill(c.box(cx - 40 - w - 6, ground - 70, w * 2 + 12, 70, 24), Canvas.shade(wool, 0.92));
      for (double x = cx - 40 - w + 6; x < cx - 40 + w; x += 16) {
        c.line(x, ground - 64, x, ground - 6, Canvas.shade(wool, 0.78), 4);
      }
      Shape pompom = c.circle(cx - 40, ground - 60 - w * 1.05, 48);
      c.fill(pompom, Canvas.shade(c.pick(FABRICS), 1.2));
      c.speckle(pompom, new Color(255, 255, 255, 90), 60);
      ball(c, cx + 190, ground - 62, 62, c.pick(FABRICS));
    } else {
      ball(c, cx - 90, ground - 95, 95, c.pick(FABRICS));
      ball(c, cx + 110, ground - 75, 75, c.pick(FABRICS));
      Color needle = c.pick(WOODS);
      c.line(cx - 220, ground - 260, cx + 60, ground - 20, needle, 9);
      c.line(cx + 220, ground - 280, cx - 40, ground - 30, needle, 9);
      c.fill(c.circle(cx - 220, ground - 260, 14), needle);
      c.fill(c.circle(cx + 220, ground - 280, 14), needle);
    }
  }

  private static void ball(Canvas c, double x, double y, double r, Color wool) {
    c.shadow(x, y + r, r * 2.4, r * 0.5);
    Shape ball = c.circle(x, y, r);
    c.fill(ball, wool);
    Shape clip = c.g.getClip();
    c.g.clip(ball);
    Color strand = Canvas.alpha(Canvas.shade(wool, 0.72), 150);
    for (int i = 0; i < 9; i++) {
      double a = i * 0.35 + (i % 2) * 1.4;
      c.stroke(
          AffineTransform.getRotateInstance(a, x, y)
              .createTransformedShape(c.ellipse(x, y, r * 1.05, r * 0.45)),
          strand,
          3);
    }
    c.g.setClip(clip);
  }

  static void teddy(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    if (c.dice.chance(0.35)) {
      for (int i = 0; i < 3; i++) {
        c.shadow(cx - 125 + i * 120, ground, 144, 30);
        block(c, cx - 170 + i * 120, ground, 90, c.pick(INKS));
      }
      block(c, cx - 45 + 10, ground - 112, 90, c.pick(INKS));
      return;
    }
    Color fur =
        c.pick(
            List.of(
                new Color(0xC69C6D),
                new Color(0xE3C79F),
                new Color(0x8B6B4A),
                new Color(0xDCD6CC),
                new Color(0xA7A19A)));
    Color light = Canvas.shade(fur, 1.3);
    c.shadow(cx, ground, 380, 60);
    c.fill(c.ellipse(cx - 80, ground - 40, 60, 45), fur);
    c.fill(c.ellipse(cx + 80, ground - 40, 60, 45), fur);
    c.fill(c.ellipse(cx, ground - 140, 115, 130), fur);
    c.fill(c.ellipse(cx, ground - 120, 65, 80), light);
    c.fill(c.ellipse(cx - 120, ground - 150, 40, 70), Canvas.shade(fur, 0.95));
    c.fill(c.ellipse(cx + 120, ground - 150, 40, 70), Canvas.shade(fur, 0.95));
    c.fill(c.ellipse(cx - 80, ground - 30, 34, 26), light);
    c.fill(c.ellipse(cx + 80, ground - 30, 34, 26), light);
    double hy = ground - 330;
    c.fill(c.circle(cx - 80, hy - 70, 38), fur);
    c.fill(c.circle(cx + 80, hy - 70, 38), fur);
    c.fill(c.circle(cx - 80, hy - 70, 20), light);
    c.fill(c.circle(cx + 80, hy - 70, 20), light);
    c.fill(c.circle(cx, hy, 105), fur);
    c.fill(c.ellipse(cx, hy + 35, 48, 38), light);
    c.fill(c.ellipse(cx, hy + 18, 16, 11), new Color(0x2A1E16));
    c.fill(c.circle(cx - 38, hy - 20, 10), new Color(0x1B1410));
    c.fill(c.circle(cx + 38, hy - 20, 10), new Color(0x1B1410));
    c.stroke(
        new Arc2D.Double(cx - 18, hy + 20, 36, 30, 200, 140, Arc2D.OPEN), new Color(0x2A1E16), 3);
    if (c.dice.chance(0.5)) {
      Color bow = c.pick(INKS);
      Path2D tie = new Path2D.Double();
      tie.moveTo(cx, hy + 100);
      tie.lineTo(cx - 46, hy + 78);
      tie.lineTo(cx - 46, hy + 122);
      tie.closePath();
      tie.moveTo(cx, hy + 100);
      tie.lineTo(cx + 46, hy + 78);
      tie.lineTo(cx + 46, hy + 122);
      tie.closePath();
      c.flat(tie, bow);
    }
  }

  /** A toy block with its bottom-left corner at (x, ground), its top face in perspective. */
  private static void block(Canvas c, double x, double ground, double size, Color face) {
    c.fill(new Rectangle2D.Double(x, ground - size, size, size), face);
    Path2D topFace = new Path2D.Double();
    topFace.moveTo(x, ground - size);
    topFace.lineTo(x + 24, ground - size - 22);
    topFace.lineTo(x + size + 24, ground - size - 22);
    topFace.lineTo(x + size, ground - size);
    topFace.closePath();
    c.flat(topFace, Canvas.shade(face, 1.25));
    Path2D side = new Path2D.Double();
    side.moveTo(x + size, ground - size);
    side.lineTo(x + size + 24, ground - size - 22);
    side.lineTo(x + size + 24, ground - 22);
    side.lineTo(x + size, ground);
    side.closePath();
    c.flat(side, Canvas.shade(face, 0.75));
    c.fill(c.circle(x + size / 2, ground - size / 2, size * 0.24), Canvas.shade(face, 1.5));
  }
}
