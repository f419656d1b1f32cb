package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The words that qualify a figure, and the interval each gives a value {@code v}. These are the
 * library's documented semantics; the README lists them too.
 *
 * <ul>
 *   <li>{@link #NONE}: the precision the figure's rounding implies: half a unit of its last
 *       significant digit, at most 5% of {@code v} ("590" is 585–595, "5,000" is 4,750–5,250); a
 *       count with no trailing zero is exact; a duration or age is truncated ("11 years" is 11 to
 *       12).
 *   <li>{@link #APPROXIMATELY} (about, around, some, roughly, approximately, an estimated): {@code
 *       v} ± 5%, and ± 1 at least for counts.
 *   <li>{@link #NEARLY} (nearly, almost, just under, close to): 90% of {@code v} to {@code v}.
 *   <li>{@link #MORE_THAN} (more than, over, above, upwards of, in excess of, and verbs of
 *       exceeding: tops, exceeded, surpassed, passed): above {@code v}.
 *   <li>{@link #JUST_OVER} (just over, slightly more than): {@code v} to 110% of {@code v}.
 *   <li>{@link #AT_LEAST} (at least, no fewer than, a minimum of, "or more"): {@code v} or above.
 *   <li>{@link #LESS_THAN} (fewer than, less than, under, below): 0 to {@code v}.
 *   <li>{@link #AT_MOST} (up to, at most, no more than, as many as, a maximum of): 0 to {@code v}.
 *   <li>{@link #EXACTLY} (exactly, precisely): {@code v} itself.
 *   <li>{@link #BETWEEN} (between ... and ...): the range as written.
 * </ul>
 */
public enum Hedge {
  NONE(),
  APPROXIMATELY(
      "about", "around", "some", "roughly", "approximately", "approx", "circa", "an estimated",
      "~", "an approximate", "in the region of", "give or take", "or so"),
  NEARLY("nearly", "almost", "just under", "close to", "just shy of", "nearing", "approaching",
      "just below", "not quite"),
  MORE_THAN(
      "more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than",
      "well over", "well above", "more then", "beyond", "upward of", "tops", "topped",
      "exceeded", "exceeds", "surpassed", "surpasses", "passed", "passes"),
  JUST_OVER("just over", "slightly more than", "a little over", "a little more than",
      "just above", "slightly over"),
  AT_LEAST("at least", "no fewer than", "no less than", "a minimum of", "not less than",
      "or more", "and more", "at a minimum"),
  LESS_THAN("fewer than", "less than", "under", "below", "not even"),
  AT_MOST("up to", "at most", "no more than", "as many as", "a maximum of", "not more than",
      "as much as", "or fewer", "or less"),
  EXACTLY("exactly", "precisely", "a total of", "a record"),
  BETWEEN("between");

  private final ImmutableList<ImmutableList<String>> phrases;

  Hedge(String... phrases) {
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (String p : phrases) {
      b.add(ImmutableList.copyOf(p.split(" ")));
    }
    this.phrases = b.build();
  }

  /** The hedge's phrases, each as lower-case words. */
  public List<ImmutableList<String>> phrases() {
    return phrases;
  }

  /** Phrases that follow the figure rather than precede it ("5,000 or more"). */
  static boolean isTrailing(List<String> phrase) {
    return phrase.get(0).equals("or") || phrase.get(0).equals("and");
  }
}
