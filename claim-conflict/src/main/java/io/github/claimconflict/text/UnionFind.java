package io.github.claimconflict.text;

/**
 * Disjoint sets over {@code 0..n-1}, with path halving: the grouping behind names, quotes and
 * events. Not thread-safe; each use builds its own.
 */
public final class UnionFind {

  private final int[] parent;

  /**
   * Disjoint sets over {@code 0..n-1}, each element alone.
   *
   * @param n how many elements; each starts in a set of its own
   */
  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /**
   * The representative of {@code i}'s set.
   *
   * @param i an element
   * @return the representative; two elements are in one set when theirs are equal
   */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Joins the sets of {@code a} and {@code b}; returns the representative of the joined set.
   *
   * @param a an element
   * @param b another element
   * @return the representative of the joined set
   */
  public int union(int a, int b) {
    int x = find(a);
    int y = find(b);
    parent[x] = y;
    return y;
  }

  /**
   * Whether two elements are in one set.
   *
   * @param a an element
   * @param b another element
   * @return true if they are in one set
   */
  public boolean connected(int a, int b) {
    return find(a) == find(b);
  }
}
