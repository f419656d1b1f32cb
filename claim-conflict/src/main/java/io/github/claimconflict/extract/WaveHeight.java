package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Whether a length is the height of a wave: "waves 2.5 metres high", "a 4m-high tsunami", "a
 * 12-foot wave", "the wall of water ... was 5 metres (16 feet) high". The figure must say it is a
 * height ("high", "tall") of a wave named in its sentence before it, or stand right before the
 * wave it sizes. A water level ("the water rose as high as three metres") or a wall's height is
 * no wave's.
 */
final class WaveHeight {

  private WaveHeight() {}

  private static final ImmutableSet<String> WAVES = ImmutableSet.of("wave", "waves", "tsunami",
      "tsunamis", "surge", "surges", "swell", "swells", "breakers");
  /** How far back in its sentence a wave named before the figure is looked for. */
  private static final int BEFORE = 25;

  /** Whether the length at tokens {@code [first, last)} is the height of a wave. */
  static boolean of(List<Token> t, int first, int last) {
    if (t.get(last - 1).is("high") || t.get(last - 1).is("tall")) {
      return waveAt(t, last) || waveBefore(t, first); // "a 4m-high tsunami", one figure
    }
    int i = last;
    if (i < t.size() && t.get(i).is("(")) {
      int close = i + 1;
      while (close < t.size() && close < i + 8 && !t.get(close).is(")")) {
        close++;
      }
      i = close + 1; // "5 metres (16 feet) high": the conversion is skipped
    } else if (i < t.size() && t.get(i).is(")")) {
      i++; // the conversion itself
    }
    if (i < t.size() && Amount.DASHES.contains(t.get(i).text()) && !t.get(i).spaceBefore()) {
      i++; // "4m-high"
    }
    if (i < t.size() && (t.get(i).is("high") || t.get(i).is("tall"))) {
      return waveAt(t, i + 1) || waveBefore(t, first);
    }
    return waveAt(t, i); // "a 12-foot wave"
  }

  /** A wave noun at {@code k}, or after one word that describes it ("a 4m-high deadly wave"). */
  private static boolean waveAt(List<Token> t, int k) {
    return k < t.size() && WAVES.contains(t.get(k).lower())
        || k + 1 < t.size() && t.get(k).isWord() && WAVES.contains(t.get(k + 1).lower());
  }

  /** A wave, or a wall of water, named in the sentence before token {@code first}. */
  private static boolean waveBefore(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - BEFORE); k--) {
      String w = t.get(k).lower();
      if (WAVES.contains(w)) {
        return true;
      }
      if (w.equals("wall")) {
        for (int m = k + 1; m < Math.min(first, k + 4); m++) {
          if (t.get(m).is("water")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
