/** A mark as clustering sees it: its place along the time axis and across it. */
export interface ClusterInput {
  id: string;
  /** Px along the time axis. */
  at: number;
  /** Px across it (the mark's row). */
  cross: number;
}

/** Marks too close to tell apart, drawn as one. */
export interface Cluster {
  ids: string[];
  /** Centre, px along and across the time axis. */
  at: number;
  cross: number;
}

/**
 * Groups marks on the same row whose centres are within `radius` px of the
 * previous mark of the group (single-linkage along the axis). Only groups of
 * two or more come back, in order along the axis.
 */
export function clusterMarks(marks: readonly ClusterInput[], radius: number): Cluster[] {
  const rows = new Map<number, ClusterInput[]>();
  for (const m of marks) {
    if (!Number.isFinite(m.at) || !Number.isFinite(m.cross)) continue;
    const key = Math.round(m.cross);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = []));
    row.push(m);
  }
  const clusters: Cluster[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.at - b.at);
    let group: ClusterInput[] = [];
    const flush = () => {
      if (group.length > 1) {
        clusters.push({
          ids: group.map((m) => m.id),
          at: (group[0]!.at + group[group.length - 1]!.at) / 2,
          cross: group[0]!.cross,
        });
      }
      group = [];
    };
    for (const m of row) {
      if (group.length && m.at - group[group.length - 1]!.at > radius) flush();
      group.push(m);
    }
    flush();
  }
  return clusters.sort((a, b) => a.at - b.at);
}
