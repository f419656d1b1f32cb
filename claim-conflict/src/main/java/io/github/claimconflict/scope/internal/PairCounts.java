package io.github.claimconflict.scope.internal;

import java.util.Arrays;

/**
 * Counts by pair of article indexes {@code i < j}, in open addressing over primitive arrays. A
 * {@code HashMap<Long, Integer>} keyed by {@code i << 32 | j} hashes a pair to {@code i ^ j}, so
 * the pairs of a large scan crowd a few buckets and every look-up walks a tree; here a pair costs
 * twelve bytes and a mixed hash.
 */
final class PairCounts {

  /** No pair is (0, 0), since {@code i < j}: zero marks an empty slot. */
  private static final long EMPTY = 0L;

  private long[] keys = new long[64];
  private int[] counts = new int[64];
  private int size;

  static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  static int first(long key) {
    return (int) (key >> 32);
  }

  static int second(long key) {
    return (int) key;
  }

  /** Adds one to the pair's count. */
  void increment(long key) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    counts[slot]++;
  }

  /** The pairs counted, sorted, each beside its count in {@link #countOf}. */
  long[] pairs() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  int countOf(long key) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return counts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads both halves of the key
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
