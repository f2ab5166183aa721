// Neurite's link painter: draws the network's links on an OffscreenCanvas, off the main
// thread. A big network's links (7,488 for 8 hidden layers of 32) cost the browser 100-200 ms
// to rasterize without a GPU; on the page's thread that froze the frame, here it does not.
//
// Messages, from web/src/platform/stroke_worker.rs:
// - the OffscreenCanvas itself (transferred once): what to draw on;
// - [cssWidth, cssHeight, ratio, groups], groups = [[colour, width, dashed, alpha, xy], ...]
//   with xy a Float32Array x0, y0, x1, y1, ... of straight segments in CSS pixels: one frame.
// Frames that arrive while one is painted are coalesced: only the newest is drawn.
let ctx = null;
let pending = null;
let scheduled = false;

self.onmessage = (event) => {
  if (event.data instanceof OffscreenCanvas) {
    ctx = event.data.getContext('2d');
    return;
  }
  pending = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(paint, 0);
  }
};

function paint() {
  scheduled = false;
  const frame = pending;
  pending = null;
  if (ctx === null || frame === null) return;
  const [cssWidth, cssHeight, ratio, groups] = frame;
  const canvas = ctx.canvas;
  const width = Math.round(cssWidth * ratio);
  const height = Math.round(cssHeight * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineCap = 'round';
  for (const [colour, lineWidth, dashed, alpha, xy] of groups) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = lineWidth;
    ctx.globalAlpha = alpha;
    ctx.setLineDash(dashed ? [3, 4] : []);
    ctx.beginPath();
    for (let i = 0; i + 3 < xy.length; i += 4) {
      ctx.moveTo(xy[i], xy[i + 1]);
      ctx.lineTo(xy[i + 2], xy[i + 3]);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
