package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.Motifs.CLAYS;
import static org.handmademarket.localstack.demo.Motifs.GLAZES;
import static org.handmademarket.localstack.demo.Motifs.WOODS;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Ceramics and kitchen wood: mugs, bowls, vases, teapots and boards. */
final class TablewareDrawings {

  private TablewareDrawings() {}

  static void mug(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX() - 20;
    double ground = s.groundY();
    double w = c.between(190, 250);
    double h = w * c.between(0.95, 1.2);
    double top = ground - h;
    double e = w * 0.12;
    Color glaze = c.pick(GLAZES);
    Color clay = c.pick(CLAYS);
    c.shadow(cx + 20, ground, w * 1.7, e * 2.2);
    double handleX = cx + w / 2 - 6;
    c.stroke(
        new Arc2D.Double(handleX - 50, top + h * 0.22, 110, h * 0.52, -90, 180, Arc2D.OPEN),
        Canvas.shade(glaze, 0.85),
        24);
    Area body = new Area(new Rectangle2D.Double(cx - w / 2, top, w, h - e));
    body.add(new Area(c.ellipse(cx, ground - e, w / 2, e)));
    c.fill(body, clay);
    Path2D dip = new Path2D.Double();
    double dipY = top + h * c.between(0.55, 0.8);
    dip.moveTo(cx - w / 2 - 5, top - e);
    dip.lineTo(cx + w / 2 + 5, top - e);
    dip.lineTo(cx + w / 2 + 5, dipY);
    for (int k = 4; k >= 0; k--) {
      dip.quadTo(
          cx - w / 2 + w * (k + 0.5) / 5, dipY + c.between(6, 26), cx - w / 2 + w * k / 5, dipY);
    }
    dip.closePath();
    Shape clip = c.g.getClip();
    c.g.clip(body);
    c.fill(dip, glaze);
    c.g.setClip(clip);
    if (c.dice.chance(0.6)) {
      c.speckle(body, Canvas.alpha(new Color(0x3A2A20), 150), 140);
    }
    c.highlight(cx - w / 2 + w * 0.12, top + 16, w, h * 0.6);
    c.fill(c.ellipse(cx, top, w / 2, e), Canvas.shade(glaze, 1.1));
    c.fill(c.ellipse(cx, top + 3, w / 2 - 10, e - 6), Canvas.shade(glaze, 0.6));
    if (c.dice.chance(0.35)) {
      for (int i = 0; i < 2; i++) {
        Path2D steam = new Path2D.Double();
        double sx = cx - 25 + i * 45;
        steam.moveTo(sx, top - 20);
        steam.curveTo(sx - 30, top - 70, sx + 30, top - 110, sx, top - 160);
        c.stroke(steam, new Color(255, 255, 255, 90), 10);
      }
    }
  }

  static void bowl(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    double w = c.between(340, 440);
    double h = w * c.between(0.34, 0.45);
    double top = ground - h;
    double rim = w * 0.13;
    Color glaze = c.pick(GLAZES);
    Color inside = c.dice.chance(0.5) ? glaze : c.pick(GLAZES);
    c.shadow(cx, ground, w * 1.2, rim * 1.5);
    Path2D body = new Path2D.Double();
    body.moveTo(cx - w / 2, top);
    body.curveTo(cx - w / 2 + 8, top + h * 0.8, cx - w * 0.25, ground, cx - w * 0.16, ground);
    body.lineTo(cx + w * 0.16, ground);
    body.curveTo(cx + w * 0.25, ground, cx + w / 2 - 8, top + h * 0.8, cx + w / 2, top);
    body.closePath();
    c.fill(body, glaze);
    if (c.dice.chance(0.5)) {
      c.speckle(body, Canvas.alpha(new Color(0x3A2A20), 140), 160);
    }
    c.fill(c.ellipse(cx, top, w / 2, rim), Canvas.shade(glaze, 1.12));
    c.fillVertical(
        c.ellipse(cx, top + 2, w / 2 - 10, rim - 6),
        Canvas.shade(inside, 0.6),
        Canvas.shade(inside, 0.95));
    if (c.dice.chance(0.3)) {
      Color fruit = c.pick(List.of(new Color(0xF2C94C), new Color(0xE86A33), new Color(0x9BC53D)));
      for (int i = -1; i <= 1; i++) {
        c.fill(c.circle(cx + i * 60, top - 20 - (i == 0 ? 20 : 0), 46), fruit);
      }
    }
  }

  static void vase(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    double height = c.between(260, 380);
    double belly = c.between(70, 140);
    double neck = belly * c.between(0.25, 0.55);
    Color glaze = c.pick(GLAZES);
    if (c.dice.chance(0.5)) {
      Color stem = new Color(0xB49A6A);
      for (int i = 0; i < 5; i++) {
        double tipX = cx + c.between(-140, 140);
        double tipY = ground - height - c.between(120, 240);
        c.line(cx + c.between(-8, 8), ground - height, tipX, tipY, stem, 3);
        c.fill(
            c.ellipse(tipX, tipY, 14, 34), Canvas.shade(new Color(0xE3D3B0), c.between(0.9, 1.05)));
      }
    }
    c.shadow(cx, ground, belly * 3, 44);
    Shape body =
        Motifs.vaseShape(
            cx,
            ground,
            belly * 0.55,
            belly,
            neck,
            neck * c.between(1.1, 1.5),
            height,
            c.between(0.3, 0.55));
    c.fill(body, glaze);
    if (c.dice.chance(0.5)) {
      Shape clip = c.g.getClip();
      c.g.clip(body);
      Path2D drip = new Path2D.Double();
      drip.moveTo(cx - 200, ground - height - 10);
      drip.lineTo(cx + 200, ground - height - 10);
      double dripY = ground - height * c.between(0.45, 0.7);
      drip.lineTo(cx + 200, dripY);
      for (int k = 8; k >= 0; k--) {
        drip.quadTo(
            cx - 200 + 400 * (k + 0.5) / 9,
            dripY + c.between(0, 40),
            cx - 200 + 400 * k / 9.0,
            dripY);
      }
      drip.closePath();
      c.fill(drip, c.pick(GLAZES));
      c.g.setClip(clip);
    }
    c.highlight(cx - belly * 0.7, ground - height * 0.75, belly * 1.4, height * 0.5);
    c.fill(c.ellipse(cx, ground - height, neck * 1.3, 8), Canvas.shade(glaze, 0.45));
  }

  static void teapot(Canvas c, ImagePainter.Scene s) {
    double cx = s.centerX();
    double ground = s.groundY();
    double w = c.between(280, 320);
    double h = w * 0.78;
    Color glaze = c.pick(GLAZES);
    c.shadow(cx, ground, w * 1.6, 50);
    Path2D spout = new Path2D.Double();
    spout.moveTo(cx + w * 0.35, ground - h * 0.35);
    spout.quadTo(cx + w * 0.6, ground - h * 0.4, cx + w * 0.72, ground - h * 0.85);
    spout.lineTo(cx + w * 0.78, ground - h * 0.83);
    spout.quadTo(cx + w * 0.66, ground - h * 0.25, cx + w * 0.35, ground - h * 0.15);
    spout.closePath();
    c.fill(spout, Canvas.shade(glaze, 0.95));
    c.stroke(
        new Arc2D.Double(cx - w * 0.72, ground - h * 0.82, w * 0.45, h * 0.6, 90, 180, Arc2D.OPEN),
        Canvas.shade(glaze, 0.85),
        20);
    Shape body = c.ellipse(cx, ground - h / 2, w / 2, h / 2);
    c.fill(body, glaze);
    c.speckle(body, Canvas.alpha(new Color(0x3A2A20), 120), 100);
    c.highlight(cx - w * 0.3, ground - h * 0.8, w * 0.6, h * 0.5);
    c.fill(c.ellipse(cx, ground - h + 6, w * 0.22, 14), Canvas.shade(glaze, 0.8));
    Area lid = new Area(c.ellipse(cx, ground - h + 2, w * 0.2, 34));
    lid.subtract(new Area(new Rectangle2D.Double(cx - w, ground - h + 2, w * 2, 100)));
    c.fill(lid, Canvas.shade(glaze, 1.05));
    c.fill(c.circle(cx, ground - h - 34, 13), Canvas.shade(glaze, 0.9));
  }

  static void cuttingBoard(Canvas c, ImagePainter.Scene s) {
    Color wood = c.pick(WOODS);
    double cx = s.centerX();
    double cy = s.groundY();
    AffineTransform tilt = AffineTransform.getRotateInstance(c.between(-0.35, 0.35), cx, cy);
    Area board = new Area(c.box(cx - 170, cy - 250, 340, 430, 60));
    board.add(new Area(c.box(cx - 50, cy + 150, 100, 120, 40)));
    board.subtract(new Area(c.circle(cx, cy + 225, 18)));
    Shape shape = tilt.createTransformedShape(board);
    c.dropShadow(shape, 8, 12);
    c.fill(shape, wood);
    Shape clip = c.g.getClip();
    c.g.clip(shape);
    for (double x = cx - 190; x < cx + 190; x += c.between(12, 26)) {
      Path2D grain = new Path2D.Double();
      grain.moveTo(x, cy - 280);
      grain.curveTo(x + c.between(-20, 20), cy - 80, x + c.between(-20, 20), cy + 80, x, cy + 290);
      c.stroke(tilt.createTransformedShape(grain), Canvas.alpha(Canvas.shade(wood, 0.75), 110), 2);
    }
    c.g.setClip(clip);
    if (c.dice.chance(0.6)) {
      Color spoon = Canvas.shade(c.pick(WOODS), 1.1);
      AffineTransform spoonTilt = AffineTransform.getRotateInstance(0.6, cx + 200, cy);
      c.fill(spoonTilt.createTransformedShape(c.ellipse(cx + 200, cy - 200, 40, 60)), spoon);
      c.fill(spoonTilt.createTransformedShape(c.box(cx + 190, cy - 150, 20, 330, 10)), spoon);
    }
  }
}
