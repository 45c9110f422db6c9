// Lay out the tree in argv[2] (JSON: {w, h, children}) with d3-hierarchy's tree() (fixed
// card size) and d3-flextree (each card its own size); print median milliseconds as JSON.
import { readFileSync } from "node:fs";
import { hierarchy, tree } from "d3-hierarchy";
import { flextree } from "d3-flextree";

const data = JSON.parse(readFileSync(process.argv[2], "utf8"));
const runs = Number(process.argv[3] || 7);
const [gapX, gapY, fixedW, fixedH] = [16, 40, 180, 80];

// CPU time too (process.cpuUsage: user + system of the whole process, V8's helper threads
// included), comparable with Python's process_time on a loaded machine, where wall time
// mostly measures the wait for a core.
function median(fn) {
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(startCpu);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((used.user + used.system) / 1e3);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return [times[Math.floor(times.length / 2)], cpu[Math.floor(cpu.length / 2)]];
}

const [fixed, fixedCpu] = median(
  () => tree().nodeSize([fixedW + gapX, fixedH + gapY])(hierarchy(data)));
const layout = flextree({ nodeSize: (n) => [n.data.w + gapX, n.data.h + gapY], spacing: 0 });
const [variable, variableCpu] = median(() => layout(layout.hierarchy(data)));
console.log(JSON.stringify({ tree_ms: fixed, flextree_ms: variable, tree_cpu_ms: fixedCpu,
  flextree_cpu_ms: variableCpu }));
