import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { AuthoritySummary, Page } from './registry';

/** An authority in the tree of the user's part of the region, with how deep it lies. */
export interface TreeNode {
  authority: AuthoritySummary;
  depth: number;
}

/** The authorities in tree order: each followed by those under it, siblings by name, the tops of the list first. */
export function treeOrder(authorities: AuthoritySummary[]): TreeNode[] {
  const ids = new Set(authorities.map((a) => a.id));
  const children = new Map<number | null, AuthoritySummary[]>();
  authorities.forEach((a) => {
    const parent = a.parentId !== null && ids.has(a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  });
  const nodes: TreeNode[] = [];
  const visit = (parent: number | null, depth: number) => {
    [...(children.get(parent) ?? [])].sort((x, y) => x.fullName.localeCompare(y.fullName, 'ru')).forEach((a) => {
      nodes.push({ authority: a, depth });
      visit(a.id, depth + 1);
    });
  };
  visit(null, 0);
  return nodes;
}

/** The authority and every authority under it: where it cannot be placed. */
export function subtreeOf(authorities: AuthoritySummary[], id: number): Set<number> {
  const subtree = new Set([id]);
  let grown = true;
  while (grown) {
    grown = false;
    authorities.forEach((a) => {
      if (a.parentId !== null && subtree.has(a.parentId) && !subtree.has(a.id)) {
        subtree.add(a.id);
        grown = true;
      }
    });
  }
  return subtree;
}

/** Every authority of the user's scope, read level by level (100 a request); reloaded when version changes. */
export function useAuthorityTree(version: number): AuthoritySummary[] | undefined {
  const [list, setList] = useState<AuthoritySummary[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: AuthoritySummary[] = [];
      let level: (number | null)[] = [null];
      while (level.length > 0) {
        const next: number[] = [];
        for (const parent of level) {
          for (let offset = 0; ; offset += 100) {
            const page = await api.get<Page<AuthoritySummary>>('/api/v1/authorities', { parent, offset, limit: 100 });
            page.items.forEach((a) => { all.push(a); next.push(a.id); });
            if (offset + page.items.length >= page.total || page.items.length === 0) {
              break;
            }
          }
        }
        level = next;
      }
      if (!cancelled) {
        setList(all);
      }
    })().catch(() => !cancelled && setList([]));
    return () => { cancelled = true; };
  }, [version]);
  return list;
}
