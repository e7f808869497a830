"""A small, deterministic force-directed layout (Fruchterman and Reingold, 1991) for the
co-attendance network: a few dozen nodes need neither networkx nor a graph library. Disconnected
groups are laid out one by one and packed side by side, so they neither fly apart nor overlap."""

from __future__ import annotations

import math

import numpy as np

PAD = 1.0  # space around each group, in units of the spacing of a lone node: room for the labels


def spring_layout(n: int, edges: list[tuple[int, int, float]], seed: int = 0, iterations: int = 200) -> np.ndarray:
    """Positions (n x 2, in [0, 1]) for `n` nodes joined by weighted `edges` (i, j, weight).

    Seeded, so the same graph gets the same picture."""
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.full((1, 2), 0.5)
    pos = np.zeros((n, 2))
    groups = components(n, edges)
    # Shelf packing, largest group first: each group drawn at a scale that grows with its size, in a
    # cell as large as its drawing plus a margin, cells in rows of a fixed width.
    sides = [math.sqrt(len(g)) for g in groups]
    row_width = max(max(sides), math.sqrt(sum(s * s for s in sides)) * 1.4) + PAD
    x = y = row_height = 0.0
    for group, side in zip(groups, sides, strict=True):
        index = {node: k for k, node in enumerate(group)}
        local = [(index[i], index[j], w) for i, j, w in edges if i in index and j in index]
        cell = _spring(len(group), local, seed, iterations)
        cell = (cell - cell.min(axis=0)) * side
        width, height = cell.max(axis=0) + PAD
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        pos[group] = np.column_stack([x + PAD / 2 + cell[:, 0], -(y + PAD / 2 + cell[:, 1])])
        x += width
        row_height = max(row_height, height)
    return _unit(pos)


def components(n: int, edges: list[tuple[int, int, float]]) -> list[list[int]]:
    """Connected groups of nodes, largest first (ties by lowest node)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _spring(n: int, edges: list[tuple[int, int, float]], seed: int, iterations: int) -> np.ndarray:
    """One connected group: nodes repel one another, edges pull their ends together in proportion
    to their weight, and the step shrinks each round (simulated cooling)."""
    if n == 1:
        return np.full((1, 2), 0.5)
    if n == 2:
        return np.array([[0.0, 0.0], [1.0, 0.7]])  # slanted: the two labels do not run into each other
    rng = np.random.default_rng(seed)
    # Start on a circle (jittered) rather than at random: it converges in fewer rounds.
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + rng.normal(0, 0.05, (n, 2))
    weights = np.zeros((n, n))
    for i, j, w in edges:
        if i != j:
            weights[i, j] += w
            weights[j, i] += w
    if weights.max() > 0:
        weights /= weights.max()
    k = np.sqrt(4.0 / n)  # ideal distance for a layout of area about 4
    step = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 0.01)
        # repulsion k^2/d between every pair, attraction w*d^2/k along edges
        force = (k * k / dist**2 - weights * dist / k)[:, :, None] * delta
        disp = force.sum(axis=1)
        length = np.maximum(np.linalg.norm(disp, axis=1, keepdims=True), 1e-9)
        pos += disp / length * np.minimum(length, step)
        step = max(step * 0.97, 0.005)
    return _unit(pos)


def _unit(pos: np.ndarray) -> np.ndarray:
    """Scaled into [0, 1] on both axes, keeping the aspect ratio."""
    lo = pos.min(axis=0)
    span = float((pos.max(axis=0) - lo).max())
    return (pos - lo) / (span if span > 0 else 1.0)
