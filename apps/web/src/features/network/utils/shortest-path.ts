/**
 * The shortest way between two members over undirected ties (breadth-first search): the ids in
 * order, or null when none leads there. The survey round's path finder runs it in the browser on
 * the round's (filtered) network, which the server already measured with graphology.
 */
export function shortestPath(ties: ReadonlyArray<{ a: string; b: string }>, from: string, to: string): string[] | null {
  if (from === to) return [from];
  const next = new Map<string, string[]>();
  for (const { a, b } of ties) {
    if (a === b) continue;
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const cameFrom = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length) {
    const following: string[] = [];
    for (const id of frontier)
      for (const other of [...(next.get(id) ?? [])].sort()) {
        if (cameFrom.has(other)) continue;
        cameFrom.set(other, id);
        if (other === to) {
          const path = [to];
          while (path[0] !== from) path.unshift(cameFrom.get(path[0])!);
          return path;
        }
        following.push(other);
      }
    frontier = following;
  }
  return null;
}
