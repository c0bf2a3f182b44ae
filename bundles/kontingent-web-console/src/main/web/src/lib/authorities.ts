import { useEffect, useState } from 'preact/hooks';
import { api } from './api';

export interface Authority {
  id: number;
  parentId: number | null;
  fullName: string;
  shortName: string | null;
  level: string;
  oktmo: string | null;
}

interface Page<T> {
  items: T[];
  total: number;
}

/** The authorities a user can choose among: the top ones of their scope and those directly under them (the municipalities). */
export function useAuthorities(): { authority: Authority; depth: number }[] | undefined {
  const [list, setList] = useState<{ authority: Authority; depth: number }[] | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const tops = await api.get<Page<Authority>>('/api/v1/authorities', { limit: 100 });
      const result: { authority: Authority; depth: number }[] = [];
      for (const top of tops.items) {
        result.push({ authority: top, depth: 0 });
        const children = await api.get<Page<Authority>>('/api/v1/authorities', { parent: top.id, limit: 100 });
        children.items.forEach((child) => result.push({ authority: child, depth: 1 }));
      }
      setList(result);
    })().catch(() => setList([]));
  }, []);
  return list;
}
