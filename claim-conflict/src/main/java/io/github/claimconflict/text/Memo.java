package io.github.claimconflict.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values of a pure function already computed, by argument. A scan compares each spelling with
 * many others (scope links names across the whole scan, aligners pair them within blocks), so a
 * form is computed once per distinct spelling instead of once per comparison. The functions are
 * pure, so a cache cleared when full changes nothing but time; the bound keeps hostile input from
 * filling the heap.
 *
 * @param <K> the argument
 * @param <V> the value
 */
public final class Memo<K, V> {

  private static final int MAX_ENTRIES = 1 << 16;
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
  private final Function<K, V> compute;

  /**
   * A memo of a pure function.
   *
   * @param compute the function; its values must not be changed by their users
   */
  public Memo(Function<K, V> compute) {
    this.compute = compute;
  }

  /**
   * The function's value for an argument, computed at most once while it stays cached.
   *
   * @param key the argument
   * @return the value
   */
  public V get(K key) {
    V v = map.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (map.size() >= MAX_ENTRIES) {
        map.clear();
      }
      map.put(key, v);
    }
    return v;
  }
}
