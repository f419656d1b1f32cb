package io.github.claimconflict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a list in its order, perhaps on several threads: how a scan lends its cores to the stages
 * (the scope stage's profiles and labels, the scan-wide name alignment). It sits below them all,
 * so that no stage depends on another for it.
 */
public interface Mapper {
  /** One thread, in turn. */
  Mapper IN_TURN = new Mapper() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
  };

  /**
   * {@code f} applied to each item, in the items' order.
   *
   * @param items the items
   * @param f a pure function
   * @param <T> an item
   * @param <R> a result
   * @return the results
   */
  <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f);
}
