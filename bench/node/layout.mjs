// Lay out the tree in argv[2] (JSON: {w, h, children}) with d3-hierarchy's tree() (fixed
// card size) and d3-flextree (each card its own size); print median milliseconds as JSON.
import { readFileSync } from "node:fs";
import { hierarchy, tree } from "d3-hierarchy";
import { flextree } from "d3-flextree";

const data = JSON.parse(readFileSync(process.argv[2], "utf8"));
const runs = Number(process.argv[3] || 7);
const [gapX, gapY, fixedW, fixedH] = [16, 40, 180, 80];

function median(fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const fixed = median(() => tree().nodeSize([fixedW + gapX, fixedH + gapY])(hierarchy(data)));
const layout = flextree({ nodeSize: (n) => [n.data.w + gapX, n.data.h + gapY], spacing: 0 });
const variable = median(() => layout(layout.hierarchy(data)));
console.log(JSON.stringify({ tree_ms: fixed, flextree_ms: variable }));
