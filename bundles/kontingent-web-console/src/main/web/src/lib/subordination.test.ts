import { describe, expect, it } from 'vitest';
import { AuthoritySummary } from './registry';
import { subtreeOf, treeOrder } from './subordination';

const authority = (id: number, parentId: number | null, fullName: string): AuthoritySummary =>
  ({ id, parentId, fullName, shortName: null, level: parentId === null ? 'regional' : 'municipal', oktmo: null });

const REGION = [
  authority(3, 1, 'Комитет по образованию города Барнаула'),
  authority(1, null, 'Министерство образования'),
  authority(2, 1, 'Управление образования Алейского района'),
  authority(4, 3, 'Отдел образования Индустриального района'),
];

describe('authority tree', () => {
  it('puts each authority after its parent, siblings by name', () => {
    expect(treeOrder(REGION).map((n) => [n.authority.id, n.depth])).toEqual([[1, 0], [3, 1], [4, 2], [2, 1]]);
  });

  it('starts from the tops of the scope when their parents are outside it', () => {
    expect(treeOrder(REGION.filter((a) => a.id !== 1)).map((n) => [n.authority.id, n.depth])).toEqual([[3, 0], [4, 1], [2, 0]]);
  });

  it('knows an authority cannot go under itself or what is under it', () => {
    expect([...subtreeOf(REGION, 3)].sort()).toEqual([3, 4]);
    expect([...subtreeOf(REGION, 1)].sort()).toEqual([1, 2, 3, 4]);
    expect([...subtreeOf(REGION, 2)]).toEqual([2]);
  });
});
