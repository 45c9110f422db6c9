"""Timings as the benches print them: the median with its spread (min–max), wall-clock and
CPU time of this process, and the ratio to the target.

On a shared, loaded machine the wall-clock time counts the waits for a core; the CPU time
is what the work itself took, so both are printed, with the load average at the start.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)  # seconds
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    def extend(self, other: Timing) -> None:
        self.wall += other.wall
        self.cpu += other.cpu


def measure(step: Callable[[], object], prepare: Callable[[], object] = lambda: None,
            runs: int = 5) -> Timing:
    """``runs`` times: ``prepare`` (not timed), a garbage collection, then ``step`` timed."""
    found = Timing()
    for _ in range(runs):
        prepare()
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        found.add(time.perf_counter() - wall, time.process_time() - cpu)
    return found


def load() -> str:
    """The load average (1, 5, 15 minutes) and the cores, for the figures' context."""
    import os

    try:
        with open("/proc/loadavg") as f:
            one, five, fifteen = f.read().split()[:3]
    except OSError:
        return "load average unknown"
    return f"load average {one} {five} {fifteen} on {os.cpu_count()} cores"


HEADER = (f"{'':<34} {'wall median (min–max)':>24} {'cpu median (min–max)':>24} "
          f"{'target':>7} {'wall/t':>6} {'cpu/t':>6}")


def row(name: str, t: Timing, target: float, unit: str = "ms") -> str:
    """One line: medians with spread, in ``unit`` (ms or s); target in the same unit."""
    scale = 1000.0 if unit == "ms" else 1.0
    w = [x * scale for x in t.wall]
    c = [x * scale for x in t.cpu]
    digits = 1 if unit == "ms" else 3

    def spread(xs: list[float]) -> str:
        return (f"{statistics.median(xs):.{digits}f} ({min(xs):.{digits}f}–"
                f"{max(xs):.{digits}f})")

    wall_ratio, cpu_ratio = statistics.median(w) / target, statistics.median(c) / target
    verdict = "" if cpu_ratio <= 1 and wall_ratio <= 1 else (
        "   NOT MET (wall)" if cpu_ratio <= 1 else "   NOT MET")
    return (f"{name:<34} {spread(w):>24} {spread(c):>24} {target:>7g} {wall_ratio:>6.2f} "
            f"{cpu_ratio:>6.2f}{verdict}")
